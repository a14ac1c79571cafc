// PNG files through libpng's simplified API (png_image_*): RGB, 8 bits a channel.
#pragma once

#include <string>

#include "golden/image.hpp"

namespace folio::golden {

// Reads any PNG, converted to RGB over a white background. Throws folio::Error naming the file.
Image read_png(const std::string& path);

// Writes an RGB PNG, through a temporary file renamed into place. Throws folio::Error.
void write_png(const std::string& path, const Image& image);

}  // namespace folio::golden
