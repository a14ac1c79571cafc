#include "input/document.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "input/front_matter.hpp"
#include "input/markdown.hpp"

namespace folio::input {

Document parse_issue(const std::string& source, const std::string& path, Diagnostics& diags) {
  SplitIssue split = split_front_matter(source, path);
  Document doc;
  doc.path = path;
  doc.meta = parse_front_matter(split.yaml, path);
  BodySource body{path, split.body_line_offset, split_lines(source)};
  doc.blocks = parse_markdown(split.body, body, diags);
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

namespace {

void append_plain(const std::vector<Inline>& inlines, std::string& out) {
  for (const Inline& item : inlines) {
    switch (item.kind) {
      case InlineKind::Text:
      case InlineKind::Code:
        out += item.text;
        break;
      case InlineKind::SoftBreak:
      case InlineKind::LineBreak:
        out += ' ';
        break;
      default:
        append_plain(item.children, out);
    }
  }
}

}  // namespace

std::string plain_text(const std::vector<Inline>& inlines) {
  std::string out;
  append_plain(inlines, out);
  return out;
}

}  // namespace folio::input
