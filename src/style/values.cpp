#include "style/values.hpp"

#include <cctype>
#include <charconv>

#include "common/ascii.hpp"
#include "common/suggest.hpp"

namespace folio::style {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool parse_hex(const std::string& s, Color& out) {
  const std::string digits = s.substr(1);
  if (digits.size() != 3 && digits.size() != 6) return false;
  for (char c : digits)
    if (hex_digit(c) < 0) return false;
  double ch[3];
  for (int i = 0; i < 3; ++i) {
    // #RGB doubles each digit: #F80 is #FF8800.
    const int v = digits.size() == 3 ? hex_digit(digits[i]) * 17
                                     : hex_digit(digits[2 * i]) * 16 + hex_digit(digits[2 * i + 1]);
    ch[i] = v / 255.0;
  }
  out = Color::rgb(ch[0], ch[1], ch[2]);
  return true;
}

// "cmyk(a, b, c, d)" with each part 0..1 or 0%..100%.
bool parse_cmyk(const std::string& s, Color& out, std::string& error) {
  if (s.back() != ')') return false;
  const std::string inner = s.substr(5, s.size() - 6);
  double v[4];
  size_t start = 0;
  for (int i = 0; i < 4; ++i) {
    const size_t comma = inner.find(',', start);
    if ((i < 3) != (comma != std::string::npos)) {
      error = "cmyk() takes 4 components";
      return false;
    }
    std::string part =
        trim(inner.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    start = comma + 1;
    const bool percent = !part.empty() && part.back() == '%';
    if (percent) part.pop_back();
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), v[i]);
    if (part.empty() || ec != std::errc() || end != part.data() + part.size()) {
      error = "cmyk component '" + trim(part) + (percent ? "%" : "") + "' is not a number";
      return false;
    }
    if (percent) v[i] /= 100;
    if (v[i] < 0 || v[i] > 1) {
      error = "cmyk component '" + part + (percent ? "%" : "") + "' is out of range (0..1 or 0%..100%)";
      return false;
    }
  }
  out = Color::cmyk(v[0], v[1], v[2], v[3]);
  return true;
}

bool is_token_like(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
          c == '-'))
      return false;
  return true;
}

template <class Map>
std::vector<std::string> keys(const Map& m) {
  std::vector<std::string> out;
  for (const auto& kv : m) out.push_back(kv.first);
  return out;
}

bool valid_feature(const std::string& s) {
  size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  if (s.size() < i + 4) return false;
  for (size_t k = i; k < i + 4; ++k)
    if (!std::isalnum(static_cast<unsigned char>(s[k]))) return false;
  i += 4;
  if (i == s.size()) return true;
  if (s[i] != '=' || i + 1 == s.size()) return false;
  for (++i; i < s.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

}  // namespace

bool parse_color_literal(const std::string& text, Color& out, std::string& error) {
  error.clear();
  if (!text.empty() && text[0] == '#' && parse_hex(text, out)) return true;
  if (text.rfind("cmyk(", 0) == 0 && parse_cmyk(text, out, error)) return true;
  if (error.empty()) error = "expected \"#RRGGBB\", \"#RGB\" or cmyk(c, m, y, k)";
  return false;
}

Color color_value(const YamlReader& r, const Field& f, const ColorTokens& tokens) {
  // An unquoted #RRGGBB starts a YAML comment and leaves the value empty: say so.
  if (f.value.IsNull())
    r.fail(f, "missing colour for '" + f.key +
                  "' (quote hex colours: \"#A6192E\", since # starts a YAML comment)");
  const std::string text = r.text(f);
  Color c;
  std::string error;
  if (text.empty()) r.fail(f, "missing colour for '" + f.key + "'");
  if (text[0] == '#' || text.rfind("cmyk(", 0) == 0) {
    if (!parse_color_literal(text, c, error))
      r.fail(f, "bad colour '" + text + "' for '" + f.key + "': " + error);
    return c;
  }
  const auto it = tokens.find(text);
  if (it == tokens.end()) {
    std::string hint = did_you_mean(text, keys(tokens));
    if (hint.empty()) hint = " (define it under 'colors', or write \"#RRGGBB\" or cmyk(c, m, y, k))";
    r.fail(f, "unknown colour '" + text + "' for '" + f.key + "'" + hint);
  }
  return it->second;
}

std::string family_value(const YamlReader& r, const Field& f, const FontTokens& tokens) {
  const std::string text = r.text(f);
  const auto it = tokens.find(text);
  if (it != tokens.end()) return it->second;
  if (is_token_like(text)) {
    std::string hint = did_you_mean(text, keys(tokens));
    if (hint.empty()) hint = " (define it under 'fonts', or write a family name such as 'Noto Serif')";
    r.fail(f, "unknown font '" + text + "' for '" + f.key + "'" + hint);
  }
  return text;
}

int weight_value(const YamlReader& r, const Field& f) {
  const std::string text = r.text(f);
  std::string names;
  for (const NamedWeight& w : kNamedWeights) {
    if (text == w.name) return w.weight;
    names += std::string(w.name) + ", ";
  }
  int v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < 1 || v > 1000)
    r.fail(f, "expected " + names.substr(0, names.size() - 2) + " or a number from 1 to 1000 for '" + f.key +
                  "', got '" + text + "'");
  return v;
}

size_t choice_value(const YamlReader& r, const Field& f, const std::vector<std::string>& choices) {
  const std::string text = r.text(f);
  for (size_t i = 0; i < choices.size(); ++i)
    if (choices[i] == text) return i;
  std::string list;
  for (size_t i = 0; i < choices.size(); ++i)
    list += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
  r.fail(f, "expected " + list + " for '" + f.key + "', got '" + text + "'" + did_you_mean(text, choices));
}

ValueOrigin value_origin(const YamlReader& r, const Field& f, const std::string& style,
                         const TokenPositions* tokens) {
  ValueOrigin o;
  o.pos = r.pos(f);
  o.style = style;
  if (f.value.IsScalar()) {
    o.text = f.value.Scalar();
  } else if (f.value.IsSequence()) {  // written back in flow style: "[smcp, onum]"
    o.text = "[";
    for (const auto& item : f.value)
      o.text += (o.text.size() > 1 ? ", " : "") + (item.IsScalar() ? item.Scalar() : describe(item));
    o.text += "]";
  }
  if (tokens) {
    const auto it = tokens->find(o.text);
    if (it != tokens->end()) {
      o.token = it->first;
      o.token_pos = it->second;
    }
  }
  return o;
}

Features features_value(const YamlReader& r, const Field& f) {
  Features out = r.text_list(f);
  size_t i = 0;
  for (const auto& item : f.value) {
    if (!valid_feature(out[i]))
      r.fail(item, "bad OpenType feature '" + out[i] + "' in '" + f.key +
                       "' (expected a 4-letter tag such as 'smcp', '-liga' or 'kern=0')");
    ++i;
  }
  return out;
}

}  // namespace folio::style
