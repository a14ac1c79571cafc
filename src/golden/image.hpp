// An 8-bit RGB raster: what a rendered page is compared as.
#pragma once

#include <cstdint>
#include <vector>

namespace folio::golden {

struct Rgb {
  std::uint8_t r = 255, g = 255, b = 255;
  bool operator==(const Rgb& o) const { return r == o.r && g == o.g && b == o.b; }
  bool operator!=(const Rgb& o) const { return !(*this == o); }
};

struct Image {
  int width = 0, height = 0;
  std::vector<Rgb> pixels;  // row-major, top row first

  Image() = default;
  Image(int w, int h, Rgb fill = Rgb{})
      : width(w), height(h), pixels(static_cast<std::size_t>(w) * h, fill) {}
  Rgb& at(int x, int y) { return pixels[static_cast<std::size_t>(y) * width + x]; }
  const Rgb& at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * width + x]; }
};

}  // namespace folio::golden
