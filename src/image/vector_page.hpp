// Page 1 of a PDF file (a chart exported by R, matplotlib or Excel), parsed once and kept for the
// PDF writer, which imports it as a form XObject so it stays vector in print.
#pragma once

#include <podofo/podofo.h>

#include <mutex>
#include <string_view>

#include "image/picture.hpp"

namespace folio::image {

struct VectorPage {
  // PoDoFo reads a loaded document's objects lazily, from the file's bytes it keeps: reading is
  // not thread-safe, so whoever reads `doc` holds `lock`.
  std::mutex lock;
  PoDoFo::PdfMemDocument doc;
  double left = 0, bottom = 0, width = 0, height = 0;  // the crop box (the media box if none), in points
  int rotation = 0;                                     // 0, 90, 180 or 270: clockwise, as displayed
};

// A Picture of format Pdf. Throws folio::Error (no position) for a damaged or encrypted file, one
// without pages, an empty page box, or page contents that cannot be decoded.
Picture read_pdf(std::string_view bytes);

}  // namespace folio::image
