#include "pipeline/body_layout.hpp"

#include <algorithm>

#include "common/utf8.hpp"

namespace folio::pipeline {

using input::Block;
using input::BlockKind;

namespace {

// Code is set verbatim, but the paragraph builder drops spaces at a line start and reads a run
// of spaces as one. So tabs go to the next multiple of 4 columns (CommonMark's tab stop), and
// every space of an indentation, and all but the last of a run inside a line, becomes a
// no-break space; the last space of a run stays a place where a long line may wrap.
std::string verbatim(const std::string& code) {
  static const std::string nbsp = "\u00A0";
  std::string out;
  std::size_t column = 0, spaces = 0;
  for (std::size_t i = 0; i <= code.size(); ++i) {
    const char c = i < code.size() ? code[i] : '\n';
    if (c == ' ' || c == '\t') {
      const std::size_t n = c == ' ' ? 1 : 4 - column % 4;
      spaces += n;
      column += n;
      continue;
    }
    if (spaces > 0 && c != '\n') {  // trailing spaces are dropped
      const bool indent = out.empty() || out.back() == '\n';
      for (std::size_t k = 1; k < spaces; ++k) out += nbsp;
      out += indent ? nbsp : " ";
    }
    spaces = 0;
    if (i == code.size()) break;
    out += c;
    if (c == '\n')
      column = 0;
    else if (!is_utf8_continuation(static_cast<unsigned char>(c)))
      ++column;
  }
  return out;
}

}  // namespace

BodyLayout::BodyLayout(const style::StyleSheet& sheet, const style::PageTemplate& page, InlineStyler& styler,
                       const para::ParagraphBuilder& builder, std::string lang)
    : sheet_(sheet), page_(page), styler_(styler), builder_(builder), lang_(std::move(lang)) {
  grid_ = page.baseline_grid;
  measure_ = page.column_width();
}

Galley BodyLayout::layout(const std::vector<Block>& blocks) {
  galley_ = Galley{};
  for (const Block& b : blocks) block(b, Context{});
  return std::move(galley_);
}

Sp BodyLayout::snap(Sp v) const {
  if (grid_ <= 0 || v <= 0) return std::max<Sp>(v, 0);
  return (v + grid_ - 1) / grid_ * grid_;
}

void BodyLayout::begin_block(Sp space_before) {
  const Sp space = snap(std::max(pending_space_, space_before));
  if (!galley_.items.empty()) {
    if (keep_with_next_) galley_.items.push_back(flow::FlowItem::penalty_item(flow::kNever));
    galley_.items.push_back(flow::FlowItem::glue(space));
  }
  pending_space_ = 0;
}

para::ParagraphSpec BodyLayout::spec_for(const style::ParagraphStyle& st, Sp extra_indent) const {
  para::ParagraphSpec spec;
  spec.style = st.name;
  spec.measure = measure_;
  spec.first_indent = st.first_indent;
  // Deep nesting stops indenting at half the measure, so its text stays in the column.
  spec.left_indent = std::min(st.left_indent + extra_indent, std::max(st.left_indent, measure_ / 2));
  spec.right_indent = st.right_indent;
  spec.align = st.align;
  spec.hyphenate = st.hyphenate;
  spec.hyphen_min_word = st.hyphen_min_word;
  spec.lang = lang_;
  spec.breaking = sheet_.breaking;
  return spec;
}

void BodyLayout::block(const Block& b, const Context& ctx) {
  switch (b.kind) {
    case BlockKind::Heading:
      heading(b);
      after_paragraph_ = false;
      break;
    case BlockKind::Paragraph: {
      const char* name = ctx.list_depth > 0    ? "list-item"
                         : ctx.quote_depth > 0 ? "blockquote"
                         : after_paragraph_    ? "body"
                                               : "body-first";
      const style::ParagraphStyle& st = sheet_.paragraph(name);
      const Sp quote_indent = ctx.quote_depth > 1 ? (ctx.quote_depth - 1) * st.left_indent : 0;
      const frame::Role role = ctx.list_depth > 0    ? frame::Role::ListItem
                               : ctx.quote_depth > 0 ? frame::Role::Quote
                                                     : frame::Role::Paragraph;
      paragraph(styler_.spans(b.inlines, st), st, quote_indent, "", role);
      after_paragraph_ = ctx.list_depth == 0 && ctx.quote_depth == 0;
      break;
    }
    case BlockKind::BulletList:
    case BlockKind::OrderedList:
      list(b, ctx);
      after_paragraph_ = false;
      break;
    case BlockKind::BlockQuote: {
      Context inner = ctx;
      ++inner.quote_depth;
      for (const Block& c : b.children) block(c, inner);
      after_paragraph_ = false;
      break;
    }
    case BlockKind::CodeBlock: {
      const style::ParagraphStyle& st = sheet_.paragraph("code-block");
      std::string text = verbatim(b.text);
      while (!text.empty() && text.back() == '\n') text.pop_back();
      paragraph(styler_.plain(text, st), st, 0, "", frame::Role::Code);
      after_paragraph_ = false;
      break;
    }
    case BlockKind::ThematicBreak:
      rule_block();
      after_paragraph_ = false;
      break;
    case BlockKind::ListItem:
      for (const Block& c : b.children) block(c, ctx);
      break;
  }
}

void BodyLayout::list(const Block& b, const Context& ctx) {
  Context inner = ctx;
  ++inner.list_depth;
  const style::ParagraphStyle& st = sheet_.paragraph("list-item");
  static const char* const bullets[] = {"\u2022", "\u2013", "\u25E6"};
  int number = b.start;
  for (const Block& item : b.children) {
    const std::string marker = b.kind == BlockKind::OrderedList ? std::to_string(number++) + "."
                                                                : bullets[(inner.list_depth - 1) % 3];
    bool first = true;
    for (const Block& c : item.children) {
      if (first && c.kind == BlockKind::Paragraph) {
        paragraph(styler_.spans(c.inlines, st), st, (inner.list_depth - 1) * st.left_indent, marker,
                  frame::Role::ListItem);
      } else if (c.kind == BlockKind::Paragraph) {
        paragraph(styler_.spans(c.inlines, st), st, (inner.list_depth - 1) * st.left_indent, "",
                  frame::Role::ListItem);
      } else {
        block(c, inner);
      }
      first = false;
    }
  }
}

// The marker hangs left of the item's first line, a gap before its text; it joins that line
// as a group, so the line keeps one record in the layout dump.
void BodyLayout::add_marker(frame::Frame& first, const std::string& marker, const style::ParagraphStyle& st,
                            Sp indent) {
  std::vector<frame::Frame> lines = builder_.build(
      para::label_spec(styler_.plain(marker, st), measure_, style::Align::Left, lang_, sheet_.breaking));
  if (lines.empty()) return;
  frame::Frame label = std::move(lines[0]);
  const Sp gap = st.size * 4 / 10;
  const Sp shift = indent - gap - label.line->natural_width;
  label.line.reset();
  first.items.insert(first.items.begin(), frame::Item{{shift, 0}, frame::Role::ListLabel, std::move(label)});
  first.line->text = marker + " " + first.line->text;
}

void BodyLayout::paragraph(std::vector<para::Span> spans, const style::ParagraphStyle& st, Sp extra_indent,
                           const std::string& marker, frame::Role role) {
  para::ParagraphSpec spec = spec_for(st, extra_indent);
  spec.spans = std::move(spans);
  std::vector<frame::Frame> lines = builder_.build(spec);
  if (lines.empty()) return;
  if (!marker.empty()) add_marker(lines[0], marker, st, spec.left_indent);

  begin_block(st.space_before);
  const bool after_heading = keep_with_next_;
  keep_with_next_ = false;
  const int n = static_cast<int>(lines.size());
  // Each line is its own slot, so paragraphs break across columns anywhere the rules allow.
  // On a grid a line takes whole grid steps: leading up to the step sits on every grid line.
  const Sp height = snap(st.leading);
  const style::FlowParams& fp = sheet_.flow;
  for (int i = 0; i < n; ++i) {
    if (i > 0) {
      // Line i starts below the break; forbid orphans, widows and a heading left alone.
      const bool orphan = i < fp.orphan_lines;
      const bool widow = n - i < fp.widow_lines;
      const bool heading_alone = after_heading && i < fp.lines_after_heading;
      galley_.items.push_back(
          flow::FlowItem::penalty_item(orphan || widow || heading_alone ? flow::kNever : 0));
    }
    Slot slot;
    slot.frame.width = measure_;
    slot.frame.height = height;
    slot.frame.place({0, baseline_in_slot(height, st.size)}, std::move(lines[i]));
    slot.role = role;
    galley_.slots.push_back(std::move(slot));
    galley_.items.push_back(flow::FlowItem::box(height, int(galley_.slots.size()) - 1));
  }
  keep_with_next_ = st.keep_with_next;
  pending_space_ = st.space_after;
}

void BodyLayout::heading(const Block& b) {
  const int level = std::clamp(b.level, 1, 3);
  const style::ParagraphStyle& st = sheet_.paragraph("h" + std::to_string(level));
  para::ParagraphSpec spec = spec_for(st, 0);
  spec.spans = styler_.spans(b.inlines, st);
  std::vector<frame::Frame> lines = builder_.build(spec);
  if (lines.empty()) return;
  begin_block(st.space_before);
  const Sp content = static_cast<Sp>(lines.size()) * st.leading;
  // A heading moves as one block, unless it would fill half a column: then it may break
  // between its lines like a paragraph rather than run off the page.
  const Sp column = page_.height - page_.margins.top - page_.margins.bottom;
  const bool whole = snap(content + st.space_after) <= column / 2;
  const std::size_t n = lines.size();
  for (std::size_t first = 0; first < n;) {
    const std::size_t count = whole ? n : 1;
    const bool last = first + count == n;
    const Sp height = static_cast<Sp>(count) * st.leading + (last ? st.space_after : 0);
    Slot slot;
    slot.frame.width = measure_;
    slot.frame.height = snap(height);
    slot.role = frame::heading_role(level);
    if (first == 0) slot.outline = input::plain_text(b.inlines);
    // Extra height from snapping goes above the heading, so it sits close to its text.
    const Sp top = slot.frame.height - height;
    for (std::size_t i = 0; i < count; ++i)
      slot.frame.place({0, top + baseline_in_slot(st.leading, st.size) + static_cast<Sp>(i) * st.leading},
                       std::move(lines[first + i]));
    if (first > 0) galley_.items.push_back(flow::FlowItem::penalty_item(0));
    const Sp box = slot.frame.height;
    galley_.slots.push_back(std::move(slot));
    galley_.items.push_back(flow::FlowItem::box(box, int(galley_.slots.size()) - 1));
    first += count;
  }
  keep_with_next_ = st.keep_with_next;
  pending_space_ = 0;
}

void BodyLayout::rule_block() {
  const style::ParagraphStyle& body = sheet_.paragraph("body");
  begin_block(0);
  Slot slot;
  slot.frame.width = measure_;
  slot.frame.height = snap(body.leading);
  slot.role = frame::Role::Artifact;
  const Sp width = measure_ / 3;
  const Sp thickness = pt(0.5);
  slot.frame.add({(measure_ - width) / 2, slot.frame.height / 2 - thickness / 2},
                 frame::Rule{width, thickness, body.color});
  const Sp box = slot.frame.height;
  galley_.slots.push_back(std::move(slot));
  galley_.items.push_back(flow::FlowItem::box(box, int(galley_.slots.size()) - 1));
}

}  // namespace folio::pipeline
