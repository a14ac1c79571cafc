// Internal to the input stage: the Markdown body (cmark-gfm) -> Block/Inline trees.
#pragma once

#include <cmark-gfm.h>

#include <string>
#include <vector>

#include "input/document.hpp"

namespace folio::input {

// Typographic quotes and dashes; invalid UTF-8 becomes U+FFFD so later stages can trust the text.
constexpr int kCmarkOptions = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8;

// Where the Markdown body sits in the issue file.
struct BodySource {
  std::string path;
  int line_offset = 0;             // body line n is file line n + line_offset
  std::vector<std::string> lines;  // the whole file, lines[0] = file line 1, without line ends
};

// Splits text into lines without their "\n" or "\r\n".
std::vector<std::string> split_lines(const std::string& text);

// Parses the body with cmark-gfm and maps its tree; oddities become warnings in `diags`.
std::vector<Block> parse_markdown(const std::string& body, const BodySource& source, Diagnostics& diags);

}  // namespace folio::input
