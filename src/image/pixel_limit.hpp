// The largest picture folio decodes, checked from the file's header before any pixel is read:
// a few hundred bytes of PNG or JPEG may claim 100,000 x 100,000 pixels (30 GB decoded), a
// decompression bomb. docs/format.md states the limit.
#pragma once

#include <cstdint>

namespace folio::image {

// 100 megapixels: a 12,000 x 8,000 photo, far beyond any printed page (an A4 page at 300 ppi is
// 8.7 megapixels); 300 MB as 8-bit RGB.
constexpr std::int64_t kMaxPixels = 100'000'000;

// Throws folio::Error (no position) when width x height is more than kMaxPixels or not positive.
void check_pixel_limit(std::int64_t width, std::int64_t height);

}  // namespace folio::image
