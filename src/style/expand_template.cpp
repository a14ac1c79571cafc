#include "style/expand_template.hpp"

#include <vector>

#include "common/ascii.hpp"
#include "common/case_mapping.hpp"
#include "common/suggest.hpp"
#include "folio/diagnostic.hpp"

namespace folio::style {
namespace {

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// The filters a template may chain after a variable: {issue|upper}.
struct Filter {
  const char* name;
  std::string (*apply)(std::string_view utf8, const std::string& lang);
};
const Filter kFilters[] = {{"upper", uppercase}, {"lower", lowercase}};

std::string apply_filter(const std::string& name, const std::string& value, const std::string& lang,
                         const std::string& tpl) {
  std::vector<std::string> names;
  for (const Filter& f : kFilters) {
    if (name == f.name) return f.apply(value, lang);
    names.push_back(f.name);
  }
  std::string hint = did_you_mean(name, names);
  if (hint.empty()) hint = " (available: " + join(names) + ")";
  throw Error(SourcePos{}, "unknown filter '" + name + "' in template '" + tpl + "'" + hint);
}

std::string expand_expression(const std::string& expr, const std::string& tpl,
                              const std::map<std::string, std::string>& vars, const std::string& lang) {
  std::vector<std::string> parts;
  for (size_t start = 0;;) {
    const size_t bar = expr.find('|', start);
    parts.push_back(trim(expr.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  const auto it = vars.find(parts[0]);
  if (it == vars.end()) {
    std::vector<std::string> names;
    for (const auto& kv : vars) names.push_back(kv.first);
    std::string hint = did_you_mean(parts[0], names);
    if (hint.empty()) hint = " (available: " + join(names) + ")";
    throw Error(SourcePos{}, "unknown variable '" + parts[0] + "' in template '" + tpl + "'" + hint);
  }
  std::string value = it->second;
  for (size_t i = 1; i < parts.size(); ++i) value = apply_filter(parts[i], value, lang, tpl);
  return value;
}

}  // namespace

std::string expand_template(const std::string& tpl, const std::map<std::string, std::string>& vars,
                            const std::string& lang) {
  std::string out;
  for (size_t i = 0; i < tpl.size(); ++i) {
    const char c = tpl[i];
    if ((c == '{' || c == '}') && i + 1 < tpl.size() && tpl[i + 1] == c) {  // "{{" and "}}" are literal
      out += c;
      ++i;
    } else if (c == '{') {
      const size_t close = tpl.find('}', i);
      if (close == std::string::npos) throw Error(SourcePos{}, "unclosed '{' in template '" + tpl + "'");
      out += expand_expression(tpl.substr(i + 1, close - i - 1), tpl, vars, lang);
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
