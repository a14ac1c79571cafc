// Where the Markdown body sits in the issue file, and exact file positions for raw pieces of a
// paragraph.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace folio::input {

// Splits text into lines without their "\n" or "\r\n": views into `text`.
std::vector<std::string_view> split_lines(std::string_view text);

// Where the Markdown body sits in the issue file, and the file's text: held once (a long issue's
// body is read again from it, part by part), its lines views into it.
struct BodySource {
  BodySource(std::string path_, int line_offset_, std::shared_ptr<const std::string> text_)
      : path(std::move(path_)), line_offset(line_offset_), text(std::move(text_)), lines(split_lines(*text)) {}

  std::string path;
  int line_offset = 0;                     // body line n is file line n + line_offset
  std::shared_ptr<const std::string> text;  // the whole file
  std::vector<std::string_view> lines;      // lines[0] = file line 1, without line ends
  // HTML tag names already warned about as unknown: one warning per name and file, at its first
  // place (the parse's only state that outlives a block).
  mutable std::set<std::string> warned_tags;
};

// cmark-gfm's inline positions are approximate. The line it reports is never later than the
// truth (a backslash hard break does not advance it). On the block's first line the column is
// exact; on later lines it ignores the stripped indentation and adds the block's own indent, so
// "column - block indent" is a lower bound. A raw piece (an HTML tag, "![") is therefore found
// exactly by searching the source from that bound, never before the previous find.
class SourceLocator {
 public:
  // lines[0] is file line 1; the block starts at line:column; the search never passes last_line.
  SourceLocator(const std::vector<std::string_view>& lines, int line, int column, int last_line);

  // Finds the first line of `needle` from cmark's hint; on success sets line/column (1-based),
  // moves the cursor past the match and returns true.
  bool find(const std::string& needle, int hint_line, int hint_column, int& line, int& column);

 private:
  const std::vector<std::string_view>& lines_;
  int first_line_, indent_;
  int line_, column_;  // the cursor: just after the previous find
  int last_line_;
};

}  // namespace folio::input
