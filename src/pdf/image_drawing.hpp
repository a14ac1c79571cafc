// The operators that draw a page's pictures, each scaled into its box and marked with its alt text:
// `/Span <</ActualText <FEFF...>>> BDC q a 0 0 d x y cm /Im0 Do Q EMC`.
// They come first in the page's content stream, under the rules and the text.
#pragma once

#include <string>
#include <vector>

#include "frame/flatten.hpp"
#include "pdf/image_xobjects.hpp"

namespace folio::pdf {

struct ImageDrawing {
  std::string stream;           // uncompressed operators
  std::vector<int> images;      // indices into the images argument the page uses, ascending
};

// `page`: a page's items. `images` has every picture its Image items name (an unknown id is std::invalid_argument).
// Coordinates turn from frame space (top-left, y down) to PDF space (bottom-left, y up).
ImageDrawing draw_images(const frame::Flat& page, Sp page_height, const std::vector<EmbeddedImage>& images);

}  // namespace folio::pdf
