// Splits the YAML front matter off an issue file and reads it into FrontMatter.
#pragma once

#include <string>
#include <string_view>

#include "input/document.hpp"

namespace folio::input {

struct SplitIssue {
  std::string yaml;  // the lines between the delimiters (YAML line 0 is file line 2)
  std::string_view body;  // everything after the closing delimiter line (a view into the source)
  // Line number (1-based) of the closing delimiter: body line n is file line n + body_line_offset.
  int body_line_offset = 0;
};

// The file must begin with a "---" line; the front matter ends at the next "---" or "..." line.
// Throws folio::Error (at 1:1) when either delimiter is missing. A UTF-8 byte order mark is skipped.
SplitIssue split_front_matter(const std::string& source, const std::string& path);

// Parses the YAML with yaml-cpp and checks the keys. Every folio::Error points at the file line
// and column (yaml-cpp's marks are 0-based and relative to the front matter).
FrontMatter parse_front_matter(const std::string& yaml, const std::string& path);

}  // namespace folio::input
