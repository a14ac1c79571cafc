// Numbers as decimal text, computed in integers so every machine and locale prints the same
// digits: PDF operands, the layout dump, style listings and messages all use these.
#pragma once

#include <string>

#include "common/units.hpp"

namespace folio {

enum class Zeros { Keep, Trim };  // "1.500" or "1.5"; trimming also drops a bare "."

// `v` rounded to `decimals` places (half away from zero). A value that rounds to zero is
// written without a sign.
void append_decimal(std::string& out, double v, int decimals, Zeros zeros);
std::string format_decimal(double v, int decimals, Zeros zeros);

// A length in points: `format_points(pt(17), 3, Zeros::Keep)` is "17.000". Exact for any Sp.
std::string format_points(Sp v, int decimals, Zeros zeros);

}  // namespace folio
