#include "style/value_kinds.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "common/decimal.hpp"
#include "style/expand_template.hpp"

namespace folio::style {
namespace {

// Three decimals of a point are finer than any press: 17mm shows as 48.189pt.
std::string points(Sp v) { return format_points(v, 3, Zeros::Trim) + "pt"; }
std::string number(double v) { return format_decimal(v, 6, Zeros::Trim); }
std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string color_text(const Color& c) {
  if (c.space == Color::Space::Cmyk)
    return "cmyk(" + number(c.c[0]) + ", " + number(c.c[1]) + ", " + number(c.c[2]) + ", " + number(c.c[3]) +
           ")";
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02X%02X%02X", static_cast<int>(std::lround(c.c[0] * 255)),
                static_cast<int>(std::lround(c.c[1] * 255)), static_cast<int>(std::lround(c.c[2] * 255)));
  return buf;
}

const char* sign_doc(Sign sign) {
  return sign == Sign::Positive ? "length > 0" : sign == Sign::NonNegative ? "length >= 0" : "length";
}

}  // namespace

Kind<Sp> length(Sign sign) {
  return {sign_doc(sign), TokenKind::None,
          [sign](const ReadContext& c, const Field& f) {
            return length_value(c.r, f, {c.em, sign});
          },
          points};
}

Kind<int> whole(int min, int max) {
  return {"whole number " + std::to_string(min) + ".." + std::to_string(max), TokenKind::None,
          [min, max](const ReadContext& c, const Field& f) { return c.r.integer(f, min, max); },
          [](const int& v) { return std::to_string(v); }};
}

Kind<double> positive_number() {
  return {"number > 0", TokenKind::None,
          [](const ReadContext& c, const Field& f) {
            const double v = c.r.number(f);
            if (v <= 0) c.r.fail(f, "'" + f.key + "' must be positive, got '" + c.r.text(f) + "'");
            return v;
          },
          number};
}

Kind<double> fraction(double max) {
  return {"number 0.." + number(max), TokenKind::None,
          [max](const ReadContext& c, const Field& f) {
            const double v = c.r.number(f);
            if (v < 0 || v > max)
              c.r.fail(f, "'" + f.key + "' must be between 0 and " + number(max) + " (" + number(max * 100) +
                              "%)");
            return v;
          },
          number};
}

Kind<double> em_number() {
  return {"number of em (`0.38` or `0.38em`)", TokenKind::None,
          [](const ReadContext& c, const Field& f) {
            std::string text = c.r.text(f);
            if (text.size() > 2 && text.compare(text.size() - 2, 2, "em") == 0) text.resize(text.size() - 2);
            while (!text.empty() && text.back() == ' ') text.pop_back();
            double v = 0;
            const char* begin = text.data() + (text.size() > 1 && text[0] == '+' ? 1 : 0);
            const auto [end, ec] = std::from_chars(begin, text.data() + text.size(), v);
            if (text.empty() || ec != std::errc() || end != text.data() + text.size())
              c.r.fail(f, "expected a number of em for '" + f.key + "' (e.g. 0.38 or 0.38em), got '" +
                              c.r.text(f) + "'");
            return v;
          },
          number};
}

Kind<bool> boolean() {
  return {"boolean", TokenKind::None, [](const ReadContext& c, const Field& f) { return c.r.boolean(f); },
          [](const bool& v) { return std::string(v ? "true" : "false"); }};
}

Kind<Color> colour() {
  return {"colour", TokenKind::Color,
          [](const ReadContext& c, const Field& f) { return color_value(c.r, f, c.tokens.colors); },
          color_text};
}

Kind<std::string> family() {
  return {"font family", TokenKind::Font,
          [](const ReadContext& c, const Field& f) { return family_value(c.r, f, c.tokens.fonts); },
          [](const std::string& v) { return v; }};
}

Kind<int> weight() {
  std::string doc;
  for (const NamedWeight& w : kNamedWeights)
    doc += (doc.empty() ? "`" : ", `") + std::string(w.name) + "` (" + std::to_string(w.weight) + ")";
  return {doc + " or 1..1000", TokenKind::None,
          [](const ReadContext& c, const Field& f) { return weight_value(c.r, f); },
          [](const int& w) {
            for (const NamedWeight& named : kNamedWeights)
              if (named.weight == w) return std::string(named.name);
            return std::to_string(w);
          }};
}

Kind<Features> features() {
  return {"OpenType feature list", TokenKind::None,
          [](const ReadContext& c, const Field& f) { return features_value(c.r, f); },
          [](const Features& list) {
            std::string s = "[";
            for (size_t i = 0; i < list.size(); ++i) s += (i ? ", " : "") + list[i];
            return s + "]";
          }};
}

Kind<std::string> text() {
  return {"text", TokenKind::None, [](const ReadContext& c, const Field& f) { return c.r.text(f); }, quoted};
}

Kind<std::string> name_of(const char* doc) {
  return {doc, TokenKind::None, [](const ReadContext& c, const Field& f) { return c.r.text(f); },
          [](const std::string& v) { return v.empty() ? quoted(v) : v; }};  // "" when not set
}

Kind<std::string> furniture_template() {
  return {"template text", TokenKind::None,
          [](const ReadContext& c, const Field& f) {
            const std::string tpl = f.value.IsNull() ? std::string() : c.r.text(f);
            // Checked now, so a typo is reported at its line rather than at render time.
            static const std::map<std::string, std::string> kSample = {
                {"publication", "P"}, {"issue", "I"}, {"page", "1"}, {"pages", "1"}};
            try {
              expand_template(tpl, kSample, "en");
            } catch (const Error& e) {
              c.r.fail(f, e.diagnostic().message);
            }
            return tpl;
          },
          quoted};
}

Kind<Sp> grid(Sp auto_value) {
  return {"length > 0, `auto` or `off`", TokenKind::None,
          [auto_value](const ReadContext& c, const Field& f) {
            const std::string word = f.value.IsScalar() ? f.value.Scalar() : "";
            if (word == "off" || word == "false") return Sp{0};
            if (word == "auto") return auto_value;
            return length_value(c.r, f, {0, Sign::Positive});
          },
          [auto_value](const Sp& v) { return v == 0            ? "off"
                                             : v == auto_value ? "auto"
                                                               : points(v); }};
}

}  // namespace folio::style
