// Numbers as PDF content streams and dictionaries want them: at most 3 decimals, never an
// exponent, always '.', whatever the process locale (printf and iostreams honour it).
#pragma once

#include <string>

namespace folio::pdf {

// v rounded to 3 decimals: the value a reader parses back from format_number(v).
double round3(double v);

// Appends v with at most 3 decimals, trailing zeros dropped ("12", "-0.5", "612.283").
void append_number(std::string& out, double v);

inline std::string format_number(double v) {
  std::string s;
  append_number(s, v);
  return s;
}

}  // namespace folio::pdf
