#include "compose/galley.hpp"

#include <algorithm>

#include "compose/page_geometry.hpp"

namespace folio::compose {

GalleyBuilder::GalleyBuilder(const style::PageTemplate& page, const style::FlowParams& flow)
    : flow_(flow),
      grid_(page.baseline_grid),
      measure_(page.column_width()),
      column_(page.height - page.margins.top - page.margins.bottom) {}

Sp GalleyBuilder::snap(Sp v) const {
  if (grid_ <= 0 || v <= 0) return std::max<Sp>(v, 0);
  return (v + grid_ - 1) / grid_ * grid_;
}

// The larger of the space after the previous block and the space before this one, on the grid;
// never at the top of the galley, and a heading's keep-with-next forbids a break there.
void GalleyBuilder::begin_block(Sp space_before) {
  const Sp space = snap(std::max(pending_space_, space_before));
  if (!galley_.items.empty()) {
    if (keep_with_next_) galley_.items.push_back(flow::FlowItem::penalty_item(flow::kNever));
    galley_.items.push_back(flow::FlowItem::glue(space));
  }
  pending_space_ = 0;
}

void GalleyBuilder::push(GalleyBlock block) {
  const Sp height = block.frame.height;
  galley_.blocks.push_back(std::move(block));
  galley_.items.push_back(flow::FlowItem::box(height, static_cast<int>(galley_.blocks.size()) - 1));
}

void GalleyBuilder::add_paragraph(std::vector<frame::Frame> lines, const style::ParagraphStyle& st,
                                  frame::Role role) {
  if (lines.empty()) return;
  begin_block(st.space_before);
  const bool after_heading = keep_with_next_;
  keep_with_next_ = false;
  const int n = static_cast<int>(lines.size());
  // On a grid a line takes whole grid steps: leading up to the step sits on every grid line.
  const Sp height = snap(st.leading);
  for (int i = 0; i < n; ++i) {
    if (i > 0) {
      // Line i starts below the break; forbid orphans, widows and a heading left alone.
      const bool orphan = i < flow_.orphan_lines;
      const bool widow = n - i < flow_.widow_lines;
      const bool heading_alone = after_heading && i < flow_.lines_after_heading;
      galley_.items.push_back(
          flow::FlowItem::penalty_item(orphan || widow || heading_alone ? flow::kNever : 0));
    }
    GalleyBlock block;
    block.frame.width = measure_;
    block.frame.height = height;
    block.frame.place({0, baseline_in_leading(height, st.size)}, std::move(lines[i]));
    block.role = role;
    push(std::move(block));
  }
  keep_with_next_ = st.keep_with_next;
  pending_space_ = st.space_after;
}

void GalleyBuilder::add_heading(std::vector<frame::Frame> lines, const style::ParagraphStyle& st, int level,
                                const std::string& title) {
  if (lines.empty()) return;
  begin_block(st.space_before);
  const Sp content = static_cast<Sp>(lines.size()) * st.leading;
  // A heading moves as one block, unless it would fill half a column: then it may break
  // between its lines like a paragraph rather than run off the page.
  const bool whole = snap(content + st.space_after) <= column_ / 2;
  const std::size_t n = lines.size();
  for (std::size_t first = 0; first < n;) {
    const std::size_t count = whole ? n : 1;
    const bool last = first + count == n;
    const Sp height = static_cast<Sp>(count) * st.leading + (last ? st.space_after : 0);
    GalleyBlock block;
    block.frame.width = measure_;
    block.frame.height = snap(height);
    block.role = frame::heading_role(level);
    if (first == 0) block.outline = title;
    // Extra height from snapping goes above the heading, so it sits close to its text.
    const Sp top = block.frame.height - height;
    for (std::size_t i = 0; i < count; ++i)
      block.frame.place({0, top + baseline_in_leading(st.leading, st.size) + static_cast<Sp>(i) * st.leading},
                        std::move(lines[first + i]));
    if (first > 0) galley_.items.push_back(flow::FlowItem::penalty_item(0));
    push(std::move(block));
    first += count;
  }
  keep_with_next_ = st.keep_with_next;
  pending_space_ = 0;
}

// A heading before the figure keeps with it (begin_block); the text after it owes it nothing.
void GalleyBuilder::add_figure(frame::Frame figure, Sp space) {
  begin_block(space);
  keep_with_next_ = false;
  push(GalleyBlock{std::move(figure), frame::Role::Figure, std::nullopt});
}

void GalleyBuilder::add_block(frame::Frame block, frame::Role role) {
  begin_block(0);
  push(GalleyBlock{std::move(block), role, std::nullopt});
}

}  // namespace folio::compose
