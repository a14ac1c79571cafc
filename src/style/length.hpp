// Lengths in style and layout files: "9.5pt", "20mm", "1.2cm", "0.5in", "1em", converted exactly to
// scaled points (1pt = 1/72in, the PDF point).
#pragma once

#include <string>

#include "common/units.hpp"
#include "common/yaml_reader.hpp"

namespace folio::style {

enum class Sign { Any, NonNegative, Positive };

struct LengthRule {
  Sp em = 0;  // what 1em stands for (a font size); 0: em is not allowed here
  Sign sign = Sign::NonNegative;
};

struct LengthResult {
  bool ok = false;
  Sp value = 0;
  std::string error;  // when !ok: says what is wrong with the text, without naming the key
};

// Decimal digits are used exactly (no binary floating point), then rounded half away from zero
// once, so 25.4mm is exactly 1in and "9.5pt" is exactly pt(9.5). A bare "0" needs no unit.
LengthResult parse_length(const std::string& text, Sp em);

// The value of `f` as a length; errors name the key and point at the value.
Sp length_value(const YamlReader& r, const Field& f, LengthRule rule);

}  // namespace folio::style
