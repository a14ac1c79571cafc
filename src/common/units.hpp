// Integer scaled points: exact, portable layout arithmetic (as TeX's sp).
#pragma once

#include <cmath>
#include <cstdint>

namespace folio {

using Sp = std::int64_t;

constexpr Sp kSpPerPt = 65536;

inline Sp pt(double points) { return static_cast<Sp>(std::llround(points * kSpPerPt)); }
inline double to_pt(Sp v) { return static_cast<double>(v) / kSpPerPt; }

// Font units (at units_per_em) to scaled points at a font size.
inline Sp font_units_to_sp(std::int64_t units, Sp size, int units_per_em) {
  return static_cast<Sp>(std::llround(static_cast<double>(units) * static_cast<double>(size) / units_per_em));
}

}  // namespace folio
