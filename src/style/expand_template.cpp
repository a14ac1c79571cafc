// expand_template: "{issue|upper}   {page}" for footers and headers.
#include <locale.h>

#include <clocale>
#include <cwctype>
#include <vector>

#include "common/suggest.hpp"
#include "folio/diagnostic.hpp"
#include "style/page_template.hpp"

namespace folio::style {
namespace {

const std::vector<std::string> kFilters = {"upper", "lower"};

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when it is malformed.
size_t decode_utf8(const std::string& s, size_t i, char32_t& cp) {
  const unsigned char b = static_cast<unsigned char>(s[i]);
  const size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  cp = len == 1 ? b : b & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    const unsigned char c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  return len;
}

void encode_utf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Simple (one-to-one) Unicode case mapping through glibc's C.UTF-8 tables, independent of the
// process locale, so "été" becomes "ÉTÉ". (ß stays ß: full mappings need ICU, which this stage
// does not link.) Falls back to ASCII when the locale is missing.
std::string change_case(const std::string& s, bool upper) {
  static const locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  std::string out;
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    const size_t len = decode_utf8(s, i, cp);
    if (len == 0) {  // keep malformed bytes as they are
      out += s[i++];
      continue;
    }
    if (utf8) {
      cp = static_cast<char32_t>(upper ? towupper_l(static_cast<wint_t>(cp), utf8)
                                       : towlower_l(static_cast<wint_t>(cp), utf8));
    } else if (cp < 0x80) {
      if (upper && cp >= 'a' && cp <= 'z') cp -= 32;
      if (!upper && cp >= 'A' && cp <= 'Z') cp += 32;
    }
    encode_utf8(cp, out);
    i += len;
  }
  return out;
}

std::string trim(const std::string& s) {
  const size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) return std::string();
  return s.substr(b, s.find_last_not_of(' ') - b + 1);
}

std::string expand_expression(const std::string& expr, const std::string& tpl,
                              const std::map<std::string, std::string>& vars) {
  std::vector<std::string> parts;
  for (size_t start = 0;;) {
    const size_t bar = expr.find('|', start);
    parts.push_back(trim(expr.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  std::vector<std::string> names;
  std::string names_list;
  for (const auto& kv : vars) {
    names.push_back(kv.first);
    names_list += (names_list.empty() ? "" : ", ") + kv.first;
  }
  const auto it = vars.find(parts[0]);
  if (it == vars.end()) {
    std::string hint = did_you_mean(parts[0], names);
    if (hint.empty()) hint = " (available: " + names_list + ")";
    throw Error(SourcePos{}, "unknown variable '" + parts[0] + "' in template '" + tpl + "'" + hint);
  }
  std::string value = it->second;
  for (size_t i = 1; i < parts.size(); ++i) {
    if (parts[i] == "upper" || parts[i] == "lower") {
      value = change_case(value, parts[i] == "upper");
      continue;
    }
    std::string hint = did_you_mean(parts[i], kFilters);
    if (hint.empty()) hint = " (available: upper, lower)";
    throw Error(SourcePos{}, "unknown filter '" + parts[i] + "' in template '" + tpl + "'" + hint);
  }
  return value;
}

}  // namespace

std::string expand_template(const std::string& tpl, const std::map<std::string, std::string>& vars) {
  std::string out;
  for (size_t i = 0; i < tpl.size(); ++i) {
    const char c = tpl[i];
    if ((c == '{' || c == '}') && i + 1 < tpl.size() && tpl[i + 1] == c) {  // "{{" and "}}" are literal
      out += c;
      ++i;
    } else if (c == '{') {
      const size_t close = tpl.find('}', i);
      if (close == std::string::npos) throw Error(SourcePos{}, "unclosed '{' in template '" + tpl + "'");
      out += expand_expression(tpl.substr(i + 1, close - i - 1), tpl, vars);
      i = close;
    } else if (c == '}') {
      throw Error(SourcePos{}, "unmatched '}' in template '" + tpl + "' (write '}}' for a literal brace)");
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace folio::style
