#include "input/load_issue.hpp"

#include <algorithm>
#include <cstdio>

#include "common/limits.hpp"
#include "common/read_file.hpp"
#include "common/utf8.hpp"
#include "input/body_parts.hpp"
#include "input/front_matter.hpp"
#include "input/markdown.hpp"

namespace folio::input {
namespace {

// UTF-16 of mostly ASCII text (as front matter is) has a NUL in every other byte: in the odd
// bytes for little-endian, the even ones for big-endian.
bool looks_like_utf16(const std::string& source) {
  const std::size_t units = std::min<std::size_t>(source.size(), 512) / 2;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < 2 * units; ++i)
    if (source[i] == '\0') ++(i % 2 ? odd : even);
  return units >= 2 && std::max(even, odd) * 4 >= units * 3;
}

// The file must be UTF-8 text: cmark would quietly print U+FFFD for a bad byte, and the PDF
// metadata would carry it from the front matter. A NUL is never text; it is also what a
// UTF-16 file looks like, so the message says how to save the file instead.
void check_text(const std::string& source, const std::string& path) {
  if (source.size() >= 2 &&
      ((source[0] == '\xFF' && source[1] == '\xFE') || (source[0] == '\xFE' && source[1] == '\xFF')))
    throw Error(SourcePos{path, 1, 1}, "the issue file is UTF-16; save it as UTF-8");
  if (source.size() > limits::kIssueBytes)
    throw Error(SourcePos{path}, "the issue file is larger than " + limits::with_commas(limits::kIssueBytes) +
                                     " bytes, folio's limit (docs/limits.md)");
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < source.size();) {
    if (i - line_start >= limits::kLineBytes && source[i] != '\n' && source[i] != '\r')
      throw Error(SourcePos{path, line, static_cast<int>(limits::kLineBytes) + 1},
                  "this line is longer than " + limits::with_commas(limits::kLineBytes) +
                      " bytes, folio's limit (docs/limits.md): break it into shorter lines");
    const std::size_t n = source[i] == '\0' ? 0 : utf8_sequence_length(source, i);
    if (n == 0 && source[i] == '\0' && looks_like_utf16(source))
      throw Error(SourcePos{path, 1, 1}, "the issue file is UTF-16 (without a byte order mark); save it as UTF-8");
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

namespace {

// The file's text is held once, by the body's source: a long body is read again from it.
Document parse_text(std::shared_ptr<const std::string> text, const std::string& path, Diagnostics& diags,
                    std::size_t parts_from, std::size_t part_bytes) {
  const std::string& source = *text;
  check_text(source, path);
  SplitIssue split = split_front_matter(source, path);
  Document doc;
  doc.path = path;
  doc.meta = parse_front_matter(split.yaml, path);
  BodySource body_source(path, split.body_line_offset, std::move(text));
  // A long body's blocks are only looked at here, for its headings: they are read again a part
  // at a time where they are set (body_parts.hpp).
  PartTaker headings;
  if (split.body.size() >= parts_from)
    headings = [&](std::vector<Block>& blocks) { collect_headings(blocks, doc.headings); };
  MarkdownBody parsed = parse_markdown(split.body, body_source, diags, part_bytes, headings);
  if (parsed.taken)
    doc.parts = std::make_shared<const BodyParts>(parsed.body, std::move(parsed.rewritten), std::move(body_source),
                                                  std::move(parsed.parts));
  else
    collect_headings(parsed.blocks, doc.headings);
  doc.blocks = std::move(parsed.blocks);
  doc.notes = std::move(parsed.notes);
  return doc;
}

}  // namespace

Document parse_issue(const std::string& source, const std::string& path, Diagnostics& diags,
                     std::size_t parts_from, std::size_t part_bytes) {
  return parse_text(std::make_shared<const std::string>(source), path, diags, parts_from, part_bytes);
}

Document load_issue(const std::string& path, Diagnostics& diags) {
  return parse_text(std::make_shared<const std::string>(read_file_within(path, "issue file", limits::kIssueBytes)),
                    path, diags, kKeptBodyBytes, kPartBytes);
}

}  // namespace folio::input
