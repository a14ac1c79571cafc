#include "input/footnote_check.hpp"

#include <string_view>

#include <algorithm>
#include <set>
#include <string>

#include "common/ascii.hpp"

namespace folio::input {
namespace {

// The label of a definition line (`[^label]:` after up to three spaces or quote markers), with
// the column of its `[`; false when the line defines nothing.
bool definition_label(std::string_view line, std::string& label, int& column) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '>')) ++i;
  if (line.compare(i, 2, "[^") != 0) return false;
  const std::size_t close = line.find(']', i + 2);
  if (close == std::string_view::npos || close == i + 2 || close + 1 >= line.size() || line[close + 1] != ':')
    return false;
  label = std::string(line.substr(i + 2, close - i - 2));
  if (label.find_first_of(" \t[") != std::string::npos) return false;
  column = static_cast<int>(i) + 1;
  return true;
}

bool inside(const std::vector<std::pair<int, int>>& ranges, int line) {
  return std::any_of(ranges.begin(), ranges.end(),
                     [line](const std::pair<int, int>& r) { return line >= r.first && line <= r.second; });
}

}  // namespace

void warn_dropped_definitions(const BodySource& source, const DefinitionLines& lines, Diagnostics& diags) {
  std::set<std::string> seen;  // labels as cmark matches them: case does not count
  for (int n = source.line_offset + 1; n <= static_cast<int>(source.lines.size()); ++n) {
    std::string label;
    int column = 0;
    if (inside(lines.verbatim, n) || !definition_label(source.lines[n - 1], label, column)) continue;
    const bool first = seen.insert(ascii_lower(label)).second;
    if (std::find(lines.kept.begin(), lines.kept.end(), n) != lines.kept.end()) continue;
    const SourcePos at{source.path, n, column};
    if (first)
      diags.warn(at, "footnote [^" + label + "] is never referred to; it is left out");
    else
      diags.warn(at, "footnote [^" + label + "] is defined twice; this definition is left out");
  }
}

}  // namespace folio::input
