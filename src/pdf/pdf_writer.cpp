#include "pdf/pdf_writer.hpp"

#include <podofo/podofo.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>

#include "common/atomic_file.hpp"
#include "common/free_memory.hpp"
#include "image/podofo_lock.hpp"
#include "folio/diagnostic.hpp"
#include "pdf/content_stream.hpp"
#include "pdf/doc_info.hpp"
#include "pdf/flate.hpp"
#include "pdf/font_embedder.hpp"
#include "pdf/font_source.hpp"
#include "pdf/glyph_usage.hpp"
#include "pdf/image_xobjects.hpp"
#include "common/hash.hpp"
#include "pdf/navigation.hpp"
#include "pdf/page_streams.hpp"

namespace folio::pdf {

using namespace PoDoFo;

namespace {

// PoDoFo's document stamps the time it was made (write_doc_info removes it) through localtime(),
// whose one buffer all threads share: renders on several threads make their documents in turn.
std::unique_ptr<PdfMemDocument> new_document() {
  std::lock_guard<std::mutex> lock(image::podofo_document_lock());
  return std::make_unique<PdfMemDocument>();
}

// The /W width of every glyph the font draws, looked up instead of computed for each glyph of
// each page (and safe to read from the threads that build the pages).
std::function<double(std::uint32_t)> width_table(const FontSource& source, const FontUsage& usage) {
  auto widths = std::make_shared<std::vector<double>>(usage.text_by_gid.rbegin()->first + 1, -1.0);
  for (const auto& entry : usage.text_by_gid) (*widths)[entry.first] = source.width1000(entry.first);
  const FontSource* src = &source;
  return [widths, src](std::uint32_t gid) {
    const double w = gid < widths->size() ? (*widths)[gid] : -1.0;
    return w >= 0 ? w : src->width1000(gid);  // a glyph no drawable run has: never drawn
  };
}

// `release`: doc.pages, to free each page's frame once its stream is built; null to keep them.
// `fonts`: where the pages' faces are already open; null to open each font file.
std::vector<char> write(const frame::PagedDoc& doc, unsigned threads, std::vector<frame::Frame>* release,
                        const font::FontDb* fonts) {
  if (doc.width <= 0 || doc.height <= 0) throw Error(SourcePos{}, "the page size must be positive");
  if (doc.pages.empty()) throw Error(SourcePos{}, "the document has no pages");

  // Fonts first: a missing font file is the likeliest failure, and nothing is built yet.
  std::vector<FontUsage> usage = collect_glyph_usage(doc);
  std::vector<std::unique_ptr<FontSource>> sources(doc.fonts.size());
  std::vector<ContentFont> content_fonts(doc.fonts.size());
  for (std::size_t i = 0; i < doc.fonts.size(); ++i) {
    if (!usage[i].used()) continue;
    sources[i] = std::make_unique<FontSource>(doc.fonts[i], fonts ? &fonts->face(doc.fonts[i].id) : nullptr);
    content_fonts[i] = ContentFont{doc.fonts[i].id, "F" + std::to_string(i), width_table(*sources[i], usage[i])};
  }

  try {
    const std::unique_ptr<PdfMemDocument> document = new_document();
    PdfMemDocument& pdf = *document;
    pdf.SetPdfVersion(ePdfVersion_1_4);  // /Lang needs 1.4; PoDoFo would say 1.3
    Fnv1a content_hash;
    std::vector<PdfRect> sizes(doc.pages.size(), PdfRect(0, 0, to_pt(doc.width), to_pt(doc.height)));
    pdf.CreatePages(sizes);

    std::vector<PdfReference> font_refs(doc.fonts.size());
    for (std::size_t i = 0; i < doc.fonts.size(); ++i) {
      if (!sources[i]) continue;
      EmbeddedFont font = embed_font(pdf.GetObjects(), *sources[i], usage[i], content_hash);
      font_refs[i] = font.ref;
      content_fonts[i].codes = std::move(font.codes);
      content_fonts[i].code_bytes = font.code_bytes;
      if (font.needs_pdf_1_6) pdf.SetPdfVersion(ePdfVersion_1_6);  // FontFile3 /OpenType
    }
    const std::vector<EmbeddedImage> images = embed_images(pdf.GetObjects(), doc, content_hash);

    // The streams are built on other threads too; PoDoFo's objects are only touched here.
    std::vector<PageNavigation> navigation(doc.pages.size());
    for_each_page_stream(
        doc, content_fonts, images, threads,
        [&](std::size_t i, PageStream& stream) {
          content_hash.add(stream.content);
          // Re-fetched each time: a PdfPage* goes stale when the page tree changes.
          PdfPage* page = pdf.GetPage(static_cast<int>(i));
          set_flate_stream(*page->GetContents(), stream.compressed);
          for (int f : stream.fonts)
            page->AddResource(PdfName(content_fonts[f].resource), font_refs[f], PdfName("Font"));
          for (int k : stream.images)
            page->AddResource(PdfName(images[k].resource), images[k].ref, PdfName("XObject"));
          navigation[i] = std::move(stream.navigation);
        },
        release);
    // The frames are freed (with `release`), the PDF is not serialised yet: it need not be
    // held beside their memory.
    if (release) return_free_memory();

    add_links(pdf, doc.height, navigation, content_hash);
    add_outline(pdf, doc, content_hash);
    write_doc_info(pdf, doc.info, content_hash.value());

    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    pdf.Write(&device);
    return std::vector<char>(buffer.GetBuffer(), buffer.GetBuffer() + device.GetLength());
  } catch (const PdfError& e) {
    throw Error(SourcePos{}, std::string("cannot build the PDF: ") + PdfError::ErrorMessage(e.GetError()));
  }
}

}  // namespace

std::vector<char> write_pdf(const frame::PagedDoc& doc, unsigned threads) {
  return write(doc, threads, nullptr, nullptr);
}

std::vector<char> write_pdf(frame::PagedDoc&& doc, unsigned threads, const font::FontDb* fonts) {
  const frame::PagedDoc& read = doc;  // the pages are read through this, and freed through doc.pages
  return write(read, threads, &doc.pages, fonts);
}

namespace {

// Throws folio::Error when `path` cannot become the PDF: its folder is missing, or something
// other than a file is there.
void check_output_path(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path folder = fs::path(path).parent_path();
  std::error_code ec;
  if (!fs::is_directory(folder.empty() ? fs::path(".") : folder, ec))
    throw Error(SourcePos{path}, "cannot write the PDF: folder '" + folder.string() + "' does not exist");
  // The rename below would replace a device, a pipe or a folder with a file: only files are outputs.
  const fs::file_status existing = fs::status(path, ec);
  if (fs::exists(existing) && !fs::is_regular_file(existing))
    throw Error(SourcePos{path}, "cannot write the PDF: the path exists and is not a regular file");
}

}  // namespace

// The PDF is made before any file exists, so its errors leave nothing.
void write_pdf_file(const frame::PagedDoc& doc, const std::string& path, unsigned threads) {
  check_output_path(path);
  const std::vector<char> bytes = write_pdf(doc, threads);
  write_file_atomically(path, std::string_view(bytes.data(), bytes.size()), "the PDF");
}

void write_pdf_file(frame::PagedDoc&& doc, const std::string& path, unsigned threads, const font::FontDb* fonts) {
  check_output_path(path);
  const std::vector<char> bytes = write_pdf(std::move(doc), threads, fonts);
  write_file_atomically(path, std::string_view(bytes.data(), bytes.size()), "the PDF");
}

}  // namespace folio::pdf
