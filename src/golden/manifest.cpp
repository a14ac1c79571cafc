#include "golden/manifest.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "common/suggest.hpp"

namespace folio::golden {
namespace {

constexpr int kMinDpi = 18, kMaxDpi = 600;  // below: unreadable; above: slow and huge goldens

struct Field {
  std::string text;
  int column = 0;  // 1-based
};

std::vector<Field> split_fields(const std::string& line) {
  std::vector<Field> fields;
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] == '#') break;
    if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r' && line[i] != '#') ++i;
    fields.push_back(Field{line.substr(start, i - start), static_cast<int>(start) + 1});
  }
  return fields;
}

bool valid_name(const std::string& name) {
  auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (name.empty() || !lower_or_digit(name[0])) return false;
  return std::all_of(name.begin(), name.end(),
                     [&](char c) { return lower_or_digit(c) || c == '-' || c == '_' || c == '.'; });
}

// A whole number in [lo, hi], or false.
bool parse_int(const std::string& s, long long lo, long long hi, long long& out) {
  if (s.empty() || s.size() > 12 ||
      !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  out = std::stoll(s);
  return out >= lo && out <= hi;
}

}  // namespace

std::vector<Case> parse_manifest(const std::string& text, const std::string& path) {
  std::vector<Case> cases;
  std::map<std::string, int> seen;  // name -> line
  std::istringstream in(text);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    const std::vector<Field> f = split_fields(line);
    if (f.empty()) continue;
    auto at = [&](int column) { return SourcePos{path, number, column}; };
    if (f.size() < 5)
      throw Error(at(f.back().column + static_cast<int>(f.back().text.size())),
                  "a case needs name, input, style, layout and dpi (tolerance is optional); found " +
                      std::to_string(f.size()) + (f.size() == 1 ? " field" : " fields"));
    if (f.size() > 6)
      throw Error(at(f[6].column), "unexpected field '" + f[6].text + "' after the tolerance");

    Case c;
    c.pos = at(1);
    c.name = f[0].text;
    if (!valid_name(c.name))
      throw Error(at(f[0].column), "bad case name '" + c.name +
                                       "': use lower-case letters, digits, '-', '_' and '.', starting with a "
                                       "letter or digit");
    if (auto it = seen.find(c.name); it != seen.end())
      throw Error(at(f[0].column),
                  "case '" + c.name + "' is already defined at line " + std::to_string(it->second));
    seen[c.name] = number;
    c.input = f[1].text;
    if (c.input == "-") throw Error(at(f[1].column), "the input must be a file, not '-'");
    c.style = f[2].text == "-" ? "" : f[2].text;
    c.layout = f[3].text == "-" ? "" : f[3].text;
    long long value = 0;
    if (!parse_int(f[4].text, kMinDpi, kMaxDpi, value))
      throw Error(at(f[4].column), "bad dpi '" + f[4].text + "': a whole number from " +
                                       std::to_string(kMinDpi) + " to " + std::to_string(kMaxDpi));
    c.dpi = static_cast<int>(value);
    if (f.size() == 6) {
      if (!parse_int(f[5].text, 0, 1'000'000'000, c.tolerance))
        throw Error(at(f[5].column),
                    "bad tolerance '" + f[5].text + "': a number of pixels per page, 0 or more");
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

std::vector<Case> load_manifest(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(SourcePos{path}, "cannot read the golden manifest");
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_manifest(ss.str(), path);
}

std::vector<Case> select_cases(const std::vector<Case>& all, const std::vector<std::string>& names,
                               const std::string& manifest_path) {
  if (names.empty()) return all;
  std::vector<std::string> known;
  for (const Case& c : all) known.push_back(c.name);
  for (const std::string& n : names)
    if (std::find(known.begin(), known.end(), n) == known.end())
      throw Error(SourcePos{manifest_path}, "no golden case '" + n + "'" + did_you_mean(n, known));
  std::vector<Case> out;
  for (const Case& c : all)
    if (std::find(names.begin(), names.end(), c.name) != names.end()) out.push_back(c);
  return out;
}

}  // namespace folio::golden
