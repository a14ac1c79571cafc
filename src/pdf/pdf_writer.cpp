#include "pdf/pdf_writer.hpp"

#include <podofo/podofo.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "folio/diagnostic.hpp"
#include "pdf/content_stream.hpp"
#include "pdf/doc_info.hpp"
#include "pdf/font_embedder.hpp"
#include "pdf/font_source.hpp"
#include "pdf/glyph_usage.hpp"
#include "pdf/hash.hpp"
#include "pdf/navigation.hpp"

namespace folio::pdf {

using namespace PoDoFo;

std::vector<char> write_pdf(const frame::PagedDoc& doc) {
  if (doc.width <= 0 || doc.height <= 0) throw Error(SourcePos{}, "the page size must be positive");
  if (doc.pages.empty()) throw Error(SourcePos{}, "the document has no pages");

  // Fonts first: a missing font file is the likeliest failure, and nothing is built yet.
  std::vector<FontUsage> usage = collect_glyph_usage(doc);
  std::vector<std::unique_ptr<FontSource>> sources(doc.fonts.size());
  std::vector<ContentFont> content_fonts(doc.fonts.size());
  for (std::size_t i = 0; i < doc.fonts.size(); ++i) {
    if (!usage[i].used()) continue;
    sources[i] = std::make_unique<FontSource>(doc.fonts[i]);
    const FontSource* src = sources[i].get();
    content_fonts[i] =
        ContentFont{"F" + std::to_string(i), [src](std::uint32_t gid) { return src->width1000(gid); }};
  }

  try {
    PdfMemDocument pdf;
    pdf.SetPdfVersion(ePdfVersion_1_4);  // /Lang needs 1.4; PoDoFo would say 1.3
    Fnv1a content_hash;
    std::vector<PdfRect> sizes(doc.pages.size(), PdfRect(0, 0, to_pt(doc.width), to_pt(doc.height)));
    pdf.CreatePages(sizes);

    std::vector<PdfReference> font_refs(doc.fonts.size());
    for (std::size_t i = 0; i < doc.fonts.size(); ++i)
      if (sources[i]) font_refs[i] = embed_font(pdf.GetObjects(), *sources[i], usage[i], content_hash);

    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
      PageContent content = page_content(doc.pages[i], doc.height, content_fonts);
      content_hash.add(content.stream);
      // Re-fetched each time: a PdfPage* goes stale when the page tree changes.
      PdfPage* page = pdf.GetPage(static_cast<int>(i));
      page->GetContents()->GetStream()->Set(content.stream.data(),
                                            static_cast<pdf_long>(content.stream.size()));
      for (int f : content.fonts)
        page->AddResource(PdfName(content_fonts[f].resource), font_refs[f], PdfName("Font"));
    }

    add_links(pdf, doc, content_hash);
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

void write_pdf_file(const frame::PagedDoc& doc, const std::string& path) {
  namespace fs = std::filesystem;
  fs::path folder = fs::path(path).parent_path();
  std::error_code ec;
  if (!fs::is_directory(folder.empty() ? fs::path(".") : folder, ec))
    throw Error(SourcePos{path}, "cannot write the PDF: folder '" + folder.string() + "' does not exist");
  // The rename below would replace a device, a pipe or a folder with a file: only files are outputs.
  const fs::file_status existing = fs::status(path, ec);
  if (fs::exists(existing) && !fs::is_regular_file(existing))
    throw Error(SourcePos{path}, "cannot write the PDF: the path exists and is not a regular file");

  std::vector<char> bytes = write_pdf(doc);  // before any file exists, so its errors leave nothing

  // The same folder, so the rename is atomic; the pid and a counter keep concurrent jobs
  // (other processes, other threads of a batch) apart.
  static std::atomic<unsigned> serial{0};
  std::string tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(serial++);
  auto fail = [&](const std::string& what, int err) {
    std::remove(tmp.c_str());
    throw Error(SourcePos{path}, "cannot write the PDF: " + what + ": " + std::strerror(err));
  };
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) fail("cannot create " + tmp, errno);
  bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  int err = errno;
  if (std::fclose(f) != 0 && written) {
    written = false;
    err = errno;
  }
  if (!written) fail("writing " + tmp + " failed", err);
  if (std::rename(tmp.c_str(), path.c_str()) != 0) fail("cannot rename " + tmp, errno);
}

}  // namespace folio::pdf
