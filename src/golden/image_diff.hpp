// Pixel comparison of an expected and an actual page render.
#pragma once

#include "golden/image.hpp"

namespace folio::golden {

inline constexpr Rgb kChangedColor{255, 0, 0};

// Pixels that differ, over the union of both images' areas: a pixel that only one image
// covers counts as changed, so a page-size change is never within tolerance by accident.
long long count_changed(const Image& expected, const Image& actual);

// The union-sized picture a reviewer reads: every changed pixel in strong red, every other one
// a faded grey of the expected page (dark ink becomes light grey), so the change stands out
// where it sits on the page.
Image highlight_changes(const Image& expected, const Image& actual);

// The faded grey of one expected pixel: its luma pushed three quarters of the way to white.
Rgb faded(Rgb expected);

}  // namespace folio::golden
