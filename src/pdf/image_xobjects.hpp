// The pictures of a document (PagedDoc::images) as XObjects, each once however often the pages
// show it: a JPEG as its own DCT stream, untouched; a PNG's samples and soft mask as the image
// stage compressed them; a PDF's page 1 as a form (page_import.hpp).
#pragma once

#include <podofo/podofo.h>

#include <string>
#include <vector>

#include "common/hash.hpp"
#include "frame/paged_doc.hpp"

namespace folio::pdf {

struct EmbeddedImage {
  std::string id;        // frame::Image::id
  std::string resource;  // "Im0": the page's /XObject resource name
  PoDoFo::PdfReference ref;
  double unit_width = 1, unit_height = 1;  // the XObject's own size: 1 x 1 for an image, the page for a form
};

// Embeds every picture of doc.images, in order, read through the process's picture cache (a
// picture composed earlier is not decoded again). Throws folio::Error when a file changed since
// it was composed, or cannot be read any more. Adds each picture's content key to `hash`.
std::vector<EmbeddedImage> embed_images(PoDoFo::PdfVecObjects& objects, const frame::PagedDoc& doc, Fnv1a& hash);

}  // namespace folio::pdf
