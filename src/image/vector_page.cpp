#include "image/vector_page.hpp"

#include <cstdlib>
#include <memory>

#include "folio/diagnostic.hpp"
#include "image/podofo_lock.hpp"

namespace folio::image {

using namespace PoDoFo;

namespace {

// The most objects a PDF picture may hold (a chart exported from a plotting tool has hundreds).
constexpr long kMaxPdfObjects = 100000;

// Decodes every content stream of the page, so a damaged one is found now, not while writing.
void check_contents(const PdfPage& page) {
  const PdfObject* contents = page.GetContents();
  if (!contents) return;  // an empty page: nothing to draw, nothing wrong
  auto decode = [](const PdfObject* stream) {
    if (!stream || !stream->HasStream()) return;
    char* buffer = nullptr;
    pdf_long length = 0;
    stream->GetStream()->GetFilteredCopy(&buffer, &length);
    podofo_free(buffer);
  };
  if (contents->IsArray()) {
    for (const PdfObject& part : contents->GetArray())
      decode(part.IsReference() ? page.GetObject()->GetOwner()->GetObject(part.GetReference()) : &part);
  } else {
    decode(contents);
  }
}

int normal_rotation(int degrees) {
  const int r = ((degrees % 360) + 360) % 360;
  if (r % 90 != 0) throw Error(SourcePos{}, "the PDF's page 1 is rotated by " + std::to_string(degrees) +
                                                " degrees: only multiples of 90 are valid");
  return r;
}

}  // namespace

Picture read_pdf(std::string_view bytes) {
  static std::once_flag quiet;
  std::call_once(quiet, [] {
    PdfError::EnableDebug(false);  // PoDoFo's parser would print what it reads
    PdfError::EnableLogging(false);
    // PoDoFo sizes its cross-reference table from what the file claims, up to 8,388,607 objects
    // (about 170 MB for the table alone, 580 MB in all for a 15 KB file: found by fuzzing). A
    // chart has hundreds; past this many objects the file is refused as damaged. Only picture
    // files are parsed in folio (the writer builds its PDF without PoDoFo's parser).
    PdfParser::SetMaxObjectCount(kMaxPdfObjects);
  });
  auto page = std::make_shared<VectorPage>();
  try {
    {
      std::lock_guard<std::mutex> lock(podofo_document_lock());
      page->doc.LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()));
    }
    if (page->doc.GetEncrypted())
      throw Error(SourcePos{}, "the PDF file is encrypted: export it again without a password or restrictions");
    if (page->doc.GetPageCount() < 1) throw Error(SourcePos{}, "the PDF file has no pages");
    const PdfPage* first = page->doc.GetPage(0);
    // A page tree that counts pages it does not hold (found by fuzzing): PoDoFo gives no page.
    if (!first) throw Error(SourcePos{}, "the PDF file is damaged (its page 1 is missing from its page tree)");
    PdfRect box = first->GetCropBox();
    if (box.GetWidth() <= 0 || box.GetHeight() <= 0) box = first->GetMediaBox();
    if (box.GetWidth() <= 0 || box.GetHeight() <= 0)
      throw Error(SourcePos{}, "the PDF's page 1 has no size (its MediaBox is empty)");
    page->left = box.GetLeft();
    page->bottom = box.GetBottom();
    page->width = box.GetWidth();
    page->height = box.GetHeight();
    page->rotation = normal_rotation(first->GetRotation());
    check_contents(*first);
  } catch (const PdfError& e) {
    const char* why = PdfError::ErrorMessage(e.GetError());
    throw Error(SourcePos{}, std::string("the PDF file is damaged (") + (why ? why : PdfError::ErrorName(e.GetError())) + ")");
  }
  Picture p;
  p.format = Format::Pdf;
  const bool turned = page->rotation == 90 || page->rotation == 270;
  p.width_pt = turned ? page->height : page->width;
  p.height_pt = turned ? page->width : page->height;
  p.vector = std::move(page);
  return p;
}

}  // namespace folio::image
