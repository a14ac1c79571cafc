#include "input/load_issue.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/utf8.hpp"
#include "input/front_matter.hpp"
#include "input/markdown.hpp"

namespace folio::input {
namespace {

// The file must be UTF-8 text: cmark would quietly print U+FFFD for a bad byte, and the PDF
// metadata would carry it from the front matter. A NUL is never text; it is also what a
// UTF-16 file looks like, so the message says how to save the file instead.
void check_text(const std::string& source, const std::string& path) {
  if (source.size() >= 2 &&
      ((source[0] == '\xFF' && source[1] == '\xFE') || (source[0] == '\xFE' && source[1] == '\xFF')))
    throw Error(SourcePos{path, 1, 1}, "the issue file is UTF-16; save it as UTF-8");
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < source.size();) {
    const std::size_t n = source[i] == '\0' ? 0 : utf8_sequence_length(source, i);
    if (n == 0) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(source[i]));
      throw Error(SourcePos{path, line, static_cast<int>(i - line_start) + 1},
                  source[i] == '\0' ? std::string("the issue file contains a NUL byte; save it as UTF-8 text")
                                    : std::string("the issue file is not valid UTF-8 (byte ") + byte +
                                          "); save it as UTF-8");
    }
    if (source[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
    i += n;
  }
}

}  // namespace

Document parse_issue(const std::string& source, const std::string& path, Diagnostics& diags) {
  check_text(source, path);
  SplitIssue split = split_front_matter(source, path);
  Document doc;
  doc.path = path;
  doc.meta = parse_front_matter(split.yaml, path);
  BodySource body{path, split.body_line_offset, split_lines(source)};
  MarkdownBody parsed = parse_markdown(split.body, body, diags);
  doc.blocks = std::move(parsed.blocks);
  doc.notes = std::move(parsed.notes);
  return doc;
}

Document load_issue(const std::string& path, Diagnostics& diags) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw Error(SourcePos{path, 0, 0}, "cannot read the issue file: it is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error(SourcePos{path, 0, 0}, std::string("cannot read the issue file: ") + std::strerror(errno));
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw Error(SourcePos{path, 0, 0}, "cannot read the issue file: read error");
  return parse_issue(content.str(), path, diags);
}

}  // namespace folio::input
