#include "style/length.hpp"

#include <cctype>
#include <cstdint>
#include <iterator>

namespace folio::style {
namespace {

using Wide = __int128;  // mantissa (< 10^15) times the biggest unit factor fits easily

struct Decimal {
  std::int64_t mantissa = 0;  // the digits without the point, with the sign
  int scale = 0;              // digits after the point
};

// "[+-]digits[.digits]" at the start of `s`; returns the number of bytes read (0: no number).
size_t read_decimal(const std::string& s, Decimal& out) {
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  int digits = 0;
  bool point = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '.' && !point) {
      point = true;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      if (++digits > 15) return 0;  // beyond exact int64 arithmetic; no sane length needs it
      out.mantissa = out.mantissa * 10 + (c - '0');
      if (point) ++out.scale;
    } else {
      break;
    }
  }
  if (digits == 0) return 0;
  if (negative) out.mantissa = -out.mantissa;
  return i;
}

Sp divide_rounded(Wide num, Wide den) {
  const bool negative = num < 0;
  const Wide a = negative ? -num : num;
  const Wide q = (2 * a + den) / (2 * den);
  return static_cast<Sp>(negative ? -q : q);
}

// Scaled points per unit, as a fraction (1in = 72pt = 25.4mm). `em` is the font size at hand.
struct Unit {
  const char* name;
  Wide num, den;
};
const Unit kUnits[] = {
    {"pt", kSpPerPt, 1}, {"mm", 720 * kSpPerPt, 254}, {"cm", 7200 * kSpPerPt, 254}, {"in", 72 * kSpPerPt, 1}};
const char* const kEm = "em";

std::string unit_list(Sp em) {
  std::string list;
  const size_t n = std::size(kUnits);
  for (size_t i = 0; i < n; ++i)
    list += (i == 0 ? "" : i + 1 < n || em > 0 ? ", " : " or ") + std::string(kUnits[i].name);
  return em > 0 ? list + " or " + kEm : list;
}

}  // namespace

LengthResult parse_length(const std::string& text, Sp em) {
  LengthResult r;
  Decimal d;
  size_t i = read_decimal(text, d);
  if (i == 0) {
    r.error = "expected a length like 9.5pt or 20mm";
    return r;
  }
  while (i < text.size() && text[i] == ' ') ++i;
  const std::string unit = text.substr(i);

  Wide num = 0, den = 1;  // scaled points per unit, as a fraction
  const Unit* known = nullptr;
  for (const Unit& u : kUnits) known = unit == u.name ? &u : known;
  if (known) {
    num = known->num, den = known->den;
  } else if (unit.empty()) {
    if (d.mantissa != 0) {
      r.error = "missing unit (use " + unit_list(em) + ")";
      return r;
    }
  } else if (unit == kEm) {
    if (em <= 0) {
      r.error = "'em' cannot be used here, as no font size is known (use " + unit_list(em) + ")";
      return r;
    }
    num = em;
  } else {
    r.error = "unknown unit '" + unit + "' (use " + unit_list(em) + ")";
    return r;
  }
  for (int k = 0; k < d.scale; ++k) den *= 10;
  r.ok = true;
  r.value = divide_rounded(Wide(d.mantissa) * num, den);
  return r;
}

Sp length_value(const YamlReader& r, const Field& f, LengthRule rule) {
  const std::string text = r.text(f);
  const LengthResult res = parse_length(text, rule.em);
  if (!res.ok) r.fail(f, "bad length '" + text + "' for '" + f.key + "': " + res.error);
  if (rule.sign == Sign::Positive && res.value <= 0)
    r.fail(f, "'" + f.key + "' must be positive, got '" + text + "'");
  if (rule.sign == Sign::NonNegative && res.value < 0)
    r.fail(f, "'" + f.key + "' must not be negative, got '" + text + "'");
  return res.value;
}

}  // namespace folio::style
