#include "golden/image_diff.hpp"

#include <algorithm>

namespace folio::golden {
namespace {

bool inside(const Image& image, int x, int y) { return x < image.width && y < image.height; }

bool changed_at(const Image& expected, const Image& actual, int x, int y) {
  const bool in_e = inside(expected, x, y), in_a = inside(actual, x, y);
  if (in_e != in_a) return true;
  return in_e && expected.at(x, y) != actual.at(x, y);
}

}  // namespace

Rgb faded(Rgb e) {
  const int luma = (299 * e.r + 587 * e.g + 114 * e.b + 500) / 1000;
  const auto v = static_cast<std::uint8_t>(255 - (255 - luma) / 4);
  return Rgb{v, v, v};
}

long long count_changed(const Image& expected, const Image& actual) {
  if (expected.width == actual.width && expected.height == actual.height) {
    long long n = 0;  // the common case, kept a tight loop: every page of every case goes here
    for (std::size_t i = 0; i < expected.pixels.size(); ++i) n += expected.pixels[i] != actual.pixels[i];
    return n;
  }
  const int w = std::max(expected.width, actual.width), h = std::max(expected.height, actual.height);
  long long n = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) n += changed_at(expected, actual, x, y);
  return n;
}

Image highlight_changes(const Image& expected, const Image& actual) {
  Image out(std::max(expected.width, actual.width), std::max(expected.height, actual.height));
  for (int y = 0; y < out.height; ++y)
    for (int x = 0; x < out.width; ++x) {
      if (changed_at(expected, actual, x, y))
        out.at(x, y) = kChangedColor;
      else if (inside(expected, x, y))
        out.at(x, y) = faded(expected.at(x, y));
    }
  return out;
}

}  // namespace folio::golden
