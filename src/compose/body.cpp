#include "compose/body.hpp"

#include <algorithm>

#include "compose/code_block.hpp"
#include "compose/figure.hpp"
#include "compose/page_geometry.hpp"
#include "compose/paragraph_queue.hpp"
#include "compose/table_setter.hpp"
#include "input/body_parts.hpp"

namespace folio::compose {
namespace {

using input::Block;
using input::BlockKind;

// Where a block sits: inside how many lists and quotes, and how far their indents have moved
// its left edge (a quote's by the blockquote style's left-indent, a list's by list-item's).
struct Nesting {
  int list_depth = 0;
  int quote_depth = 0;
  Sp indent = 0;
};

// Walks the block tree: picks each paragraph's style and role, sets its lines and hands them
// to the galley (through the queue, which sets them on several threads). The only state of its
// own: whether a body paragraph came last (body-first follows anything else).
class BodySetter {
 public:
  BodySetter(const Context& cx, std::vector<GalleyInsert> notes, const Grew& grew)
      : cx_(cx),
        queue_(GalleyBuilder(cx.page, cx.sheet.flow, std::move(notes)), cx.builder, cx.threads, grew),
        grew_(grew),
        figures_(cx),
        measure_(cx.page.column_width()) {}

  void block(const Block& b, const Nesting& n);
  // Tells `grew` about what went into the galley directly (tables, code, figures).
  void grew() {
    if (grew_) grew_(queue_.galley_so_far());
  }
  Galley finish() && { return std::move(queue_).finish(); }

 private:
  void list(const Block& b, const Nesting& n);
  // `list_item`: set ragged as a whole when a line of it would be loose; in a quote, its first
  // line flush with the rest (the marker marks the start).
  void paragraph(std::vector<para::Span> spans, const style::ParagraphStyle& st, Sp extra_indent,
                 const std::string& marker, frame::Role role, bool list_item = false);
  void code_block(const Block& b, const Nesting& n);
  void heading(const Block& b, Sp indent);  // indent: a heading in a quote or list sits at its indent
  void thematic_break();
  void figure(const Block& b);
  para::ParagraphSpec spec_for(const style::ParagraphStyle& st, Sp extra_indent) const;
  void add_marker(frame::Frame& first, const std::string& marker, const style::ParagraphStyle& st,
                  Sp indent) const;

  const Context& cx_;
  ParagraphQueue queue_;  // holds the galley: what goes in directly asks queue_.galley()
  Grew grew_;
  FigureSetter figures_;
  Sp measure_ = 0;
  bool after_paragraph_ = false;
  int headings_ = 0;  // headings met so far
};

para::ParagraphSpec BodySetter::spec_for(const style::ParagraphStyle& st, Sp extra_indent) const {
  para::ParagraphSpec spec = cx_.spec(st, measure_);
  // Deep nesting stops indenting at half the measure, so its text stays in the column.
  spec.left_indent = std::min(st.left_indent + extra_indent, std::max(st.left_indent, measure_ / 2));
  return spec;
}

void BodySetter::block(const Block& b, const Nesting& n) {
  switch (b.kind) {
    case BlockKind::Heading:
      heading(b, n.indent);
      after_paragraph_ = false;
      break;
    case BlockKind::Paragraph: {
      // Inside a quote everything takes the quote's style (a list item's paragraphs too); the
      // style's own left-indent is the innermost container's share of n.indent.
      const char* name = n.quote_depth > 0  ? "blockquote"
                         : n.list_depth > 0 ? "list-item"
                         : after_paragraph_ ? "body"
                                            : "body-first";
      const frame::Role role = n.list_depth > 0    ? frame::Role::ListItem
                               : n.quote_depth > 0 ? frame::Role::Quote
                                                   : frame::Role::Paragraph;
      const style::ParagraphStyle& st = cx_.sheet.paragraph(name);
      paragraph(cx_.styler.spans(b.inlines, st), st, std::max<Sp>(n.indent - st.left_indent, 0), "", role,
                n.list_depth > 0);
      after_paragraph_ = n.list_depth == 0 && n.quote_depth == 0;
      break;
    }
    case BlockKind::BulletList:
    case BlockKind::OrderedList:
      list(b, n);
      after_paragraph_ = false;
      break;
    case BlockKind::BlockQuote: {
      Nesting inner = n;
      ++inner.quote_depth;
      inner.indent += cx_.sheet.paragraph("blockquote").left_indent;
      for (const Block& c : b.children) block(c, inner);
      after_paragraph_ = false;
      break;
    }
    case BlockKind::CodeBlock:
      code_block(b, n);
      after_paragraph_ = false;
      break;
    case BlockKind::ThematicBreak:
      thematic_break();
      after_paragraph_ = false;
      break;
    case BlockKind::Figure:  // the text around a figure reads on: body-first stays where it was
      figure(b);
      break;
    case BlockKind::Table:
      // A table set at a page top leaves the text around it running on as one.
      if (!set_table(b.table, b.pos, cx_, queue_.galley(), std::min(n.indent, measure_ / 2))) after_paragraph_ = false;
      break;
    case BlockKind::ListItem:
      for (const Block& c : b.children) block(c, n);
      break;
  }
}

void BodySetter::list(const Block& b, const Nesting& n) {
  Nesting inner = n;
  ++inner.list_depth;
  inner.indent += cx_.sheet.paragraph("list-item").left_indent;
  // In a quote, items take the quote's style at the list's indent.
  const style::ParagraphStyle& st = cx_.sheet.paragraph(n.quote_depth > 0 ? "blockquote" : "list-item");
  static const char* const bullets[] = {"\u2022", "\u2013", "\u25E6"};
  const Sp extra = std::max<Sp>(inner.indent - st.left_indent, 0);
  int number = b.start;
  for (const Block& item : b.children) {
    std::string marker = b.kind == BlockKind::OrderedList ? std::to_string(number++) + "."
                                                          : bullets[(inner.list_depth - 1) % 3];
    // A task list item's box (from the symbol fonts: Noto Sans Symbols 2) stands for its marker.
    if (item.task == input::Task::Open) marker = "\u2610";
    if (item.task == input::Task::Done) marker = "\u2611";
    bool first = true;
    for (const Block& c : item.children) {
      if (c.kind == BlockKind::Paragraph)
        paragraph(cx_.styler.spans(c.inlines, st), st, extra, first ? marker : "", frame::Role::ListItem, true);
      else
        block(c, inner);
      first = false;
    }
  }
}

void BodySetter::code_block(const Block& b, const Nesting& n) {
  const style::ParagraphStyle& st = cx_.sheet.paragraph("code-block");
  const Sp indent = std::min(n.indent, measure_ / 2);
  queue_.galley().add_code(set_code_lines(b, indent, cx_), st, st.left_indent + indent);
}

// The marker hangs left of the item's first line, a gap before its text; it joins that line as
// a group, so the line keeps one record in the layout dump.
void BodySetter::add_marker(frame::Frame& first, const std::string& marker, const style::ParagraphStyle& st,
                            Sp indent) const {
  std::vector<frame::Frame> lines = cx_.builder.build(cx_.label(marker, st, measure_, style::Align::Left));
  if (lines.empty()) return;
  const Sp gap = st.size * 4 / 10;
  const Sp shift = indent - gap - lines[0].line->natural_width;
  lines[0].line.reset();
  first.items.insert(first.items.begin(), frame::Item({shift, 0}, frame::Role::ListLabel, std::move(lines[0])));
  first.line->text = marker + " " + first.line->text;
}

void BodySetter::paragraph(std::vector<para::Span> spans, const style::ParagraphStyle& st, Sp extra_indent,
                           const std::string& marker, frame::Role role, bool list_item) {
  para::ParagraphSpec spec = spec_for(st, extra_indent);
  spec.spans = std::move(spans);
  if (list_item) {
    spec.loose = para::ParagraphSpec::LooseLines::RagParagraph;
    if (&st == &cx_.sheet.paragraph("blockquote")) spec.first_indent = 0;  // an item in a quote
  }
  const Sp indent = spec.left_indent;
  queue_.set(std::move(spec), [this, &st, marker, indent, role](std::vector<frame::Frame> lines, GalleyBuilder& galley) {
    if (!lines.empty() && !marker.empty()) add_marker(lines[0], marker, st, indent);
    galley.add_paragraph(std::move(lines), st, role);
  });
}

void BodySetter::heading(const Block& b, Sp indent) {
  const int level = std::clamp(b.level, 1, 6);
  const style::ParagraphStyle& st = cx_.sheet.paragraph("h" + std::to_string(level));
  para::ParagraphSpec spec = spec_for(st, indent);
  spec.spans = cx_.styler.spans(b.inlines, st);
  spec.balance = true;
  // Headings are numbered as input::collect_headings lists them: in document order, nested ones
  // included, which is the order this walk meets them.
  const int index = headings_++;
  queue_.set(std::move(spec), [&st, level, index, title = input::plain_text(b.inlines)](
                                  std::vector<frame::Frame> lines, GalleyBuilder& galley) {
    galley.add_heading(std::move(lines), st, level, title, index);
  });
}

// A short centred rule in the body's colour, a line space high.
void BodySetter::thematic_break() {
  const style::ParagraphStyle& body = cx_.sheet.paragraph("body");
  GalleyBuilder& galley = queue_.galley();
  frame::Frame rule;
  rule.width = measure_;
  rule.height = galley.snap(body.leading);
  const Sp width = measure_ / 3;
  const Sp thickness = pt(0.5);
  rule.add({(measure_ - width) / 2, rule.height / 2 - thickness / 2}, frame::Rule{width, thickness, body.color});
  galley.add_block(std::move(rule), frame::Role::Artifact);
}

void BodySetter::figure(const Block& b) {
  GalleyBuilder& galley = queue_.galley();
  const Sp room = galley.column_height();
  if (b.wide)  // the page's top region puts its own space under it
    galley.add_wide_figure(figures_.set(b, text_width(cx_.page), galley.grid(), room, 0));
  else
    galley.add_figure(figures_.set(b, measure_, galley.grid(), room, cx_.page.figures.space), cx_.page.figures.space);
}

}  // namespace

Galley set_body(const input::Document& doc, std::vector<GalleyInsert> notes, const Context& cx, const Grew& grew,
                 input::Document* release) {
  BodySetter setter(cx, std::move(notes), grew);
  input::for_each_part(doc, [&](const std::vector<Block>& blocks) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      setter.block(blocks[i], Nesting{});
      // What is queued holds its own copy of the text: the block is no longer needed (a part's
      // blocks go with the part).
      if (release && !doc.parts) release->blocks[i] = Block{};
      setter.grew();
    }
  });
  return std::move(setter).finish();
}

}  // namespace folio::compose
