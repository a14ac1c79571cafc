// JPEG files for embedding as they are: libjpeg-turbo reads the header (size, components, the
// Adobe marker of inverted CMYK); the scans are never decoded, but their markers are walked to the
// end of the image (image/jpeg_markers.hpp), so a truncated file is refused here rather than
// printed broken.
#pragma once

#include <string>

#include "image/picture.hpp"

namespace folio::image {

// A Picture of format Jpeg whose data is `bytes` itself. Throws folio::Error (no position) for a
// damaged or truncated file, one larger than kMaxPixels (before decoding), and what PDF's
// DCTDecode cannot show: arithmetic coding, 12-bit samples, 2 components.
Picture read_jpeg(std::string bytes);

}  // namespace folio::image
