#include "pdf/pdf_number.hpp"

#include <cmath>

#include "common/decimal.hpp"

namespace folio::pdf {

double round3(double v) { return static_cast<double>(std::llround(v * 1000.0)) / 1000.0; }

void append_number(std::string& out, double v) { append_decimal(out, v, 3, Zeros::Trim); }

}  // namespace folio::pdf
