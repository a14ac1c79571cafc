// Which image format a file holds, from its first bytes (never from its name, which may lie).
#pragma once

#include <string_view>

#include "image/picture.hpp"

namespace folio::image {

// JPEG, PNG or PDF. Throws folio::Error (no position: the caller knows where the image is named)
// for anything else, saying what the file is when folio recognises it (SVG, WebP, TIFF, GIF,
// BMP, HEIF, PostScript) and what to convert it to.
Format sniff_format(std::string_view bytes);

}  // namespace folio::image
