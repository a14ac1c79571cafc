#include "pdf/pdf_writer.hpp"

#include "pdf/pdf_builder.hpp"

namespace folio::pdf {
namespace {

// A builder with every page of `doc`: copies of them, or (with `release`) the pages themselves,
// each left empty.
PdfBuilder& add_pages(PdfBuilder& builder, const frame::PagedDoc& doc, std::vector<frame::Frame>* release) {
  for (std::size_t i = 0; i < doc.pages.size(); ++i)
    builder.add_page(i, release ? std::move((*release)[i]) : doc.pages[i], doc.fonts, doc.images);
  if (release) release->assign(release->size(), frame::Frame{});
  return builder;
}

}  // namespace

std::vector<char> write_pdf(const frame::PagedDoc& doc, unsigned threads) {
  PdfBuilder builder(doc.width, doc.height, threads);
  return add_pages(builder, doc, nullptr).finish(doc.pages.size(), doc.outline, doc.info);
}

std::vector<char> write_pdf(frame::PagedDoc&& doc, unsigned threads, const font::FontDb* fonts) {
  PdfBuilder builder(doc.width, doc.height, threads, fonts);
  return add_pages(builder, doc, &doc.pages).finish(doc.pages.size(), doc.outline, doc.info);
}

void write_pdf_file(const frame::PagedDoc& doc, const std::string& path, unsigned threads) {
  PdfBuilder builder(path, doc.width, doc.height, threads);
  add_pages(builder, doc, nullptr).finish_to_file(doc.pages.size(), doc.outline, doc.info);
}

void write_pdf_file(frame::PagedDoc&& doc, const std::string& path, unsigned threads, const font::FontDb* fonts) {
  PdfBuilder builder(path, doc.width, doc.height, threads, fonts);
  add_pages(builder, doc, &doc.pages).finish_to_file(doc.pages.size(), doc.outline, doc.info);
}

}  // namespace folio::pdf
