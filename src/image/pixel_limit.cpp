#include "image/pixel_limit.hpp"

#include <string>

#include "folio/diagnostic.hpp"

namespace folio::image {

void check_pixel_limit(std::int64_t width, std::int64_t height) {
  if (width <= 0 || height <= 0)
    throw Error(SourcePos{}, "the file says the image is " + std::to_string(width) + " x " + std::to_string(height) +
                                 " pixels: it is damaged");
  if (width > kMaxPixels / height)
    throw Error(SourcePos{}, "the image is " + std::to_string(width) + " x " + std::to_string(height) +
                                 " pixels, more than folio decodes (100,000,000 pixels, docs/format.md): "
                                 "scale it down (300 ppi at its printed size is plenty)");
}

}  // namespace folio::image
