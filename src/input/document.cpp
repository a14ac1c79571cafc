#include "input/document.hpp"

namespace folio::input {
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
      case InlineKind::NoteRef:  // a footnote marker is not part of a title's words
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
