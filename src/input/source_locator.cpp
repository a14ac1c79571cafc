#include "input/source_locator.hpp"

#include <algorithm>

namespace folio::input {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    pos = end + 1;
  }
  return lines;
}

SourceLocator::SourceLocator(const std::vector<std::string_view>& lines, int line, int column, int last_line)
    : lines_(lines),
      first_line_(line),
      indent_(std::max(column - 1, 0)),
      line_(line),
      column_(column),
      last_line_(std::min(last_line, static_cast<int>(lines.size()))) {}

bool SourceLocator::find(const std::string& needle, int hint_line, int hint_column, int& line, int& column) {
  const std::string first = needle.substr(0, needle.find('\n'));
  if (first.empty()) return false;
  const int bound = std::max(1, hint_line == first_line_ ? hint_column : hint_column - indent_);
  int l = line_, c = column_;
  if (hint_line > l) {
    l = hint_line;
    c = bound;
  } else if (hint_line == l) {
    c = std::max(c, bound);
  }
  for (; l <= last_line_; ++l, c = 1) {
    const std::string_view text = lines_[l - 1];
    if (c < 1 || static_cast<size_t>(c - 1) > text.size()) continue;
    const size_t at = text.find(first, c - 1);
    if (at == std::string::npos) continue;
    line = line_ = l;
    column = static_cast<int>(at) + 1;
    column_ = column + static_cast<int>(first.size());
    return true;
  }
  return false;
}

}  // namespace folio::input
