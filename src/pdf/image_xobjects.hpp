// The pictures of a document (PagedDoc::images) as XObjects, each once however often the pages
// show it: a JPEG as its own DCT stream, untouched; a PNG's samples and soft mask as the image
// stage compressed them; a PDF's page 1 as a form (page_import.hpp).
#pragma once

#include <podofo/podofo.h>

#include <string>
#include <vector>

#include "common/hash.hpp"
#include "frame/paged_doc.hpp"
#include "image/picture.hpp"

namespace folio::pdf {

struct EmbeddedImage {
  std::string id;        // frame::Image::id
  std::string resource;  // "Im0": the page's /XObject resource name
  PoDoFo::PdfReference ref;
  double unit_width = 1, unit_height = 1;  // the XObject's own size: 1 x 1 for an image, the page for a form
};

// The picture `ref` names, as layout measured it (the process's picture cache, by its content
// hash), read again only when the cache does not hold it. Throws folio::Error when the file
// changed since it was composed, or cannot be read any more.
image::PictureRef find_picture(const frame::ImageRef& ref);

// What the pages need to draw `picture` as resource `resource`; its object is made later.
EmbeddedImage image_entry(const frame::ImageRef& ref, const image::Picture& picture, std::string resource);

// The picture's XObject in `objects`. Adds its content key to `hash`.
PoDoFo::PdfReference embed_picture(PoDoFo::PdfVecObjects& objects, const image::Picture& picture, Fnv1a& hash);

}  // namespace folio::pdf
