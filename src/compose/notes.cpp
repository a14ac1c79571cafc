#include "compose/notes.hpp"

#include "compose/note_names.hpp"
#include "compose/page_geometry.hpp"

namespace folio::compose {
namespace {

using input::Block;
using input::BlockKind;

input::Inline text_inline(std::string text) {
  input::Inline in;
  in.text = std::move(text);
  return in;
}

// A note's blocks as a list of paragraphs' inlines: what a few lines at a column foot can show.
void paragraphs_of(const std::vector<Block>& blocks, std::vector<std::vector<input::Inline>>& out) {
  for (const Block& b : blocks) {
    switch (b.kind) {
      case BlockKind::Paragraph:
      case BlockKind::Heading:
        out.push_back(b.inlines);
        break;
      case BlockKind::CodeBlock:
        out.push_back({text_inline(b.text)});
        break;
      case BlockKind::Table: {
        // A row a line, its cells separated by semicolons.
        const auto row = [&out](const input::TableRow& r) {
          std::vector<input::Inline> line;
          for (const std::vector<input::Inline>& cell : r.cells) {
            if (!line.empty()) line.push_back(text_inline("; "));
            line.insert(line.end(), cell.begin(), cell.end());
          }
          out.push_back(std::move(line));
        };
        row(b.table.header);
        for (const input::TableRow& r : b.table.rows) row(r);
        break;
      }
      case BlockKind::ThematicBreak:
        break;
      default:  // lists, list items and quotes: their paragraphs
        paragraphs_of(b.children, out);
    }
  }
}

}  // namespace

std::vector<GalleyInsert> set_notes(const std::vector<input::Note>& notes, const Context& cx) {
  const style::ParagraphStyle& st = cx.sheet.paragraph("footnote");
  const Sp measure = cx.page.column_width();
  std::vector<GalleyInsert> out;
  for (const input::Note& note : notes) {
    GalleyInsert set;
    set.role = frame::Role::Note;
    std::vector<std::vector<input::Inline>> paragraphs;
    paragraphs_of(note.blocks, paragraphs);
    if (paragraphs.empty()) paragraphs.emplace_back();
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
      para::ParagraphSpec spec;
      if (i == 0) {
        spec.spans = cx.styler.note_number(note.number, st);
        for (para::Span& s : cx.styler.plain(" ", st)) spec.spans.push_back(std::move(s));
      }
      for (para::Span& s : cx.styler.spans(paragraphs[i], st)) spec.spans.push_back(std::move(s));
      spec.style = st.name;
      spec.measure = measure;
      spec.left_indent = st.left_indent;
      spec.right_indent = st.right_indent;
      spec.first_indent = i == 0 ? 0 : st.first_indent;
      spec.align = st.align;
      spec.hyphenate = st.hyphenate;
      spec.hyphen_min_word = st.hyphen_min_word;
      spec.lang = cx.lang;
      spec.breaking = cx.sheet.breaking;
      for (frame::Frame& line : cx.builder.build(spec)) {
        frame::Frame part;
        part.width = measure;
        part.height = st.leading;
        part.place({0, baseline_in_leading(st.leading, st.size)}, std::move(line));
        set.parts.push_back(std::move(part));
      }
    }
    if (!set.parts.empty()) set.parts.front().add({0, 0}, frame::Anchor{note_anchor(note.number)});
    out.push_back(std::move(set));
  }
  return out;
}

}  // namespace folio::compose
