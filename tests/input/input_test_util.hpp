// Helpers for the input tests: parse a snippet, and print trees compactly for exact comparisons.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "input/load_issue.hpp"

namespace folio::input::testing {

// Front matter every body snippet is parsed under: 4 lines, so body line n is file line n + 4.
inline const std::string kHeader = "---\npublication: Review\nissue: May 2025\n---\n";

inline Document parse_body(const std::string& body, Diagnostics& diags) {
  return parse_issue(kHeader + body, "issue.md", diags);
}

// Text as itself; spans as name(children); Link as link<url>(...); breaks as / (hard) and ~ (soft);
// a footnote reference as note(number).
inline std::string dump(const std::vector<Inline>& inlines) {
  std::string out;
  for (const Inline& item : inlines) {
    switch (item.kind) {
      case InlineKind::Text:
        out += item.text;
        break;
      case InlineKind::Code:
        out += "code(" + item.text + ")";
        break;
      case InlineKind::Emphasis:
        out += "em(" + dump(item.children) + ")";
        break;
      case InlineKind::Strong:
        out += "strong(" + dump(item.children) + ")";
        break;
      case InlineKind::Link:
        out += "link<" + item.url + ">(" + dump(item.children) + ")";
        break;
      case InlineKind::Underline:
        out += "u(" + dump(item.children) + ")";
        break;
      case InlineKind::Superscript:
        out += "sup(" + dump(item.children) + ")";
        break;
      case InlineKind::Subscript:
        out += "sub(" + dump(item.children) + ")";
        break;
      case InlineKind::Strikethrough:
        out += "s(" + dump(item.children) + ")";
        break;
      case InlineKind::Small:
        out += "small(" + dump(item.children) + ")";
        break;
      case InlineKind::Language:
        out += "lang<" + item.lang + ">(" + dump(item.children) + ")";
        break;
      case InlineKind::LineBreak:
        out += "/";
        break;
      case InlineKind::SoftBreak:
        out += "~";
        break;
      case InlineKind::NoteRef:
        out += "note(" + item.text + ")";
        break;
    }
  }
  return out;
}

inline std::string where(const SourcePos& pos) {
  return pos.file + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

// "file:line:col: warning: message" for each diagnostic, one a line.
inline std::string dump(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.all()) out += d.to_string() + "\n";
  return out;
}

// A body that must parse without a warning.
inline Document parse_clean(const std::string& body) {
  Diagnostics diags;
  Document doc = parse_body(body, diags);
  EXPECT_EQ(dump(diags), "") << body;
  return doc;
}

}  // namespace folio::input::testing
