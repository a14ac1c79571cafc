#include "input/markdown_parts.hpp"

#include <algorithm>

#include "common/limits.hpp"
#include "folio/diagnostic.hpp"

namespace folio::input {
namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

// "- ", "+ ", "* ", "1. ", "12) " (a marker, then a space, a tab or the end of the line).
bool starts_list_item(std::string_view line) {
  std::size_t i = 0;
  if (!line.empty() && (line[0] == '-' || line[0] == '+' || line[0] == '*')) {
    i = 1;
  } else {
    while (i < line.size() && i < 10 && line[i] >= '0' && line[i] <= '9') ++i;
    if (i == 0 || i > 9 || i == line.size() || (line[i] != '.' && line[i] != ')')) return false;
    ++i;
  }
  return i == line.size() || line[i] == ' ' || line[i] == '\t' || line[i] == '\r';
}

// The line without what puts it in quotes or list items: indentation, "> ", "- ", "1. ".
std::string_view without_containers(std::string_view line) {
  for (;;) {
    const std::size_t begin = line.find_first_not_of(" \t>");
    if (begin == std::string_view::npos) return {};
    line.remove_prefix(begin);
    if (!starts_list_item(line)) return line;
    line.remove_prefix(std::min(line.find_first_of(" \t\r"), line.size()));
  }
}

// How many columns a table's delimiter row ("| --- | :-: |", "---|---") gives; 0 if it is none.
std::size_t delimiter_columns(std::string_view row) {
  const std::size_t last = row.find_last_not_of(" \t\r");
  if (last == std::string_view::npos || row.find('|') == std::string_view::npos ||
      row.find('-') == std::string_view::npos || row.find_first_not_of(" \t\r|:-") != std::string_view::npos)
    return 0;
  row = row.substr(0, last + 1);
  if (row.front() == '|') row.remove_prefix(1);
  if (!row.empty() && row.back() == '|') row.remove_suffix(1);
  std::size_t columns = 1;
  for (char c : row) columns += c == '|';
  return columns;
}

// Calls f(begin, line) for each line of `body`, without its '\n'.
template <typename F>
void for_each_line(std::string_view body, F f) {
  for (std::size_t begin = 0; begin < body.size();) {
    std::size_t end = body.find('\n', begin);
    if (end == std::string_view::npos) end = body.size();
    f(begin, body.substr(begin, end - begin));
    begin = end + 1;
  }
}

}  // namespace

void check_block_sizes(std::string_view body, const BodySource& source) {
  int line = source.line_offset;
  int run_line = 0;  // first line of the current run of non-blank lines; 0 outside one
  std::size_t run_begin = 0;
  for_each_line(body, [&](std::size_t begin, std::string_view text) {
    ++line;
    if (is_blank(text)) {
      run_line = 0;
      return;
    }
    if (run_line == 0) {
      run_line = line;
      run_begin = begin;
    }
    if (begin + text.size() - run_begin > limits::kBlockBytes)
      throw Error(SourcePos{source.path, run_line, 1},
                  "this block (lines without a blank line between them) is longer than " +
                      limits::with_commas(limits::kBlockBytes) +
                      " bytes, folio's limit (docs/limits.md): put blank lines between its paragraphs");
  });
}

void check_table_sizes(std::string_view body, const BodySource& source) {
  int line = source.line_offset;
  int header_line = 0;    // the table's first line, while in one
  int previous_line = 0;  // the line before this one, if it is not blank
  std::size_t columns = 0, rows = 0;
  for_each_line(body, [&](std::size_t, std::string_view text) {
    ++line;
    if (is_blank(text)) {
      previous_line = header_line = 0;
      return;
    }
    if (header_line != 0) {
      ++rows;
    } else if (previous_line != 0) {
      columns = delimiter_columns(without_containers(text));
      if (columns > 0) {
        header_line = previous_line;
        rows = 1;
      }
    }
    previous_line = line;
    if (header_line != 0 && columns * rows > limits::kTableCells)
      throw Error(SourcePos{source.path, header_line, 1},
                  "this table has " + limits::with_commas(columns) + " columns and " + limits::with_commas(rows) +
                      " rows or more, over " + limits::with_commas(limits::kTableCells) +
                      " cells, folio's limit (docs/limits.md): split it into smaller tables");
  });
}

std::vector<std::size_t> part_starts(std::string_view body) {
  std::vector<std::size_t> starts;
  if (body.find("]:") != std::string_view::npos) return starts;
  bool after_blank = false;
  for_each_line(body, [&](std::size_t begin, std::string_view text) {
    const bool blank = is_blank(text);
    if (after_blank && !blank && text[0] != ' ' && text[0] != '\t' && !starts_list_item(text))
      starts.push_back(begin);
    after_blank = blank;
  });
  return starts;
}

}  // namespace folio::input
