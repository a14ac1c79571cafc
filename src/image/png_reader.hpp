// PNG files, decoded with libpng: greyscale, RGB and palette pictures at any bit depth become 8-bit
// grey or RGB samples, and transparency (an alpha channel or a palette's tRNS) becomes a separate
// alpha plane, the PDF's soft mask. Both are Flate-compressed here, once per picture.
#pragma once

#include <string_view>

#include "image/picture.hpp"

namespace folio::image {

// Throws folio::Error (no position) for a damaged or truncated file (libpng's message), or one
// whose header claims more than kMaxPixels (checked before any pixel is decoded).
Picture read_png(std::string_view bytes);

}  // namespace folio::image
