// A colour as the PDF will paint it.
#pragma once

namespace folio {

struct Color {
  enum class Space { Rgb, Cmyk };
  Space space = Space::Rgb;
  double c[4] = {0, 0, 0, 0};  // r,g,b in 0..1, or c,m,y,k in 0..1

  static Color rgb(double r, double g, double b) { return Color{Space::Rgb, {r, g, b, 0}}; }
  static Color cmyk(double c, double m, double y, double k) { return Color{Space::Cmyk, {c, m, y, k}}; }
  bool operator==(const Color& o) const {
    return space == o.space && c[0] == o.c[0] && c[1] == o.c[1] && c[2] == o.c[2] && c[3] == o.c[3];
  }
  bool operator!=(const Color& o) const { return !(*this == o); }
};

}  // namespace folio
