#include "compose/galley.hpp"

#include <algorithm>

#include "compose/note_names.hpp"
#include "compose/page_geometry.hpp"

namespace folio::compose {

namespace {
constexpr int kMinTableRows = 3;  // the fewest rows of a table set in one column
}  // namespace

GalleyBuilder::GalleyBuilder(const style::PageTemplate& page, const style::FlowParams& flow,
                             std::vector<GalleyInsert> notes)
    : flow_(flow),
      grid_(page.baseline_grid),
      measure_(page.column_width()),
      column_(page.height - page.margins.top - page.margins.bottom) {
  for (GalleyInsert& note : notes) {
    flow::FlowInsert in;
    for (const frame::Frame& part : note.parts) in.parts.push_back(part.height);
    in.payload = static_cast<int>(galley_.inserts.size());
    galley_.flow.inserts.push_back(std::move(in));
    galley_.inserts.push_back(std::move(note));
  }
  notes_ = static_cast<int>(galley_.inserts.size());
}

Sp GalleyBuilder::snap(Sp v) const {
  if (grid_ <= 0 || v <= 0) return std::max<Sp>(v, 0);
  return (v + grid_ - 1) / grid_ * grid_;
}

// The larger of the space after the previous block and the space before this one, on the grid;
// never at the top of the galley, and a heading's keep-with-next forbids a break there.
void GalleyBuilder::begin_block(Sp space_before) {
  const Sp space = snap(std::max(pending_space_, space_before));
  if (!galley_.flow.items.empty()) {
    if (keep_with_next_) galley_.flow.items.push_back(flow::FlowItem::penalty_item(flow::kKeep));
    galley_.flow.items.push_back(flow::FlowItem::glue(space));
  }
  pending_space_ = 0;
}

void GalleyBuilder::push(GalleyBlock block) {
  const Sp height = block.frame.height;
  const Sp repeat = block.table >= 0 ? galley_.tables[static_cast<std::size_t>(block.table)].header.height : 0;
  galley_.blocks.push_back(std::move(block));
  galley_.flow.items.push_back(
      flow::FlowItem::box(height, static_cast<int>(galley_.blocks.size()) - 1, repeat));
  refer_notes(galley_.blocks.back().frame);
}

std::vector<int> GalleyBuilder::first_references(frame::Frame& frame) {
  std::vector<int> found;
  std::vector<frame::Item> anchors;
  for (frame::Item& item : frame.items) {
    if (frame::Frame* group = std::get_if<frame::Frame>(&item.content)) {
      for (int n : first_references(*group)) found.push_back(n);
    } else if (const frame::Link* link = std::get_if<frame::Link>(&item.content)) {
      const int n = note_of_anchor(link->anchor);
      if (n < 1 || n > notes_ || referred_.count(n)) continue;
      referred_.insert(n);
      found.push_back(n);
      anchors.emplace_back(item.at, frame::Role::None, frame::Anchor{note_ref_anchor(n)});
    }
  }
  for (frame::Item& a : anchors) frame.items.push_back(std::move(a));
  return found;
}

void GalleyBuilder::refer_notes(frame::Frame& frame) {
  for (int n : first_references(frame)) {
    galley_.flow.items.push_back(flow::FlowItem::insert(n - 1));
    // A note that refers to another note brings it along, right after itself.
    for (frame::Frame& part : galley_.inserts[static_cast<std::size_t>(n - 1)].parts) refer_notes(part);
  }
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
      galley_.flow.items.push_back(
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
                                const std::string& title, int heading) {
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
    if (first == 0) {
      block.outline = title;
      block.heading = heading;
    }
    // Extra height from snapping goes above the heading, so it sits close to its text.
    const Sp top = block.frame.height - height;
    for (std::size_t i = 0; i < count; ++i)
      block.frame.place({0, top + baseline_in_leading(st.leading, st.size) + static_cast<Sp>(i) * st.leading},
                        std::move(lines[first + i]));
    if (first > 0) galley_.flow.items.push_back(flow::FlowItem::penalty_item(0));
    push(std::move(block));
    first += count;
  }
  keep_with_next_ = st.keep_with_next;
  pending_space_ = 0;
}

void GalleyBuilder::add_code(std::vector<frame::Frame> lines, const style::ParagraphStyle& st, Sp indent) {
  if (lines.empty()) return;
  // The padding reaches into the space around the block: at least that much space on each side.
  begin_block(std::max(st.space_before, st.padding));
  const bool after_heading = keep_with_next_;
  keep_with_next_ = false;
  const int n = static_cast<int>(lines.size());
  const Sp height = snap(st.leading);
  const Sp width = std::max<Sp>(measure_ - indent, 0);
  for (int i = 0; i < n; ++i) {
    if (i > 0) {
      const bool keep = n <= kKeepCodeLines || i < flow_.orphan_lines || n - i < flow_.widow_lines ||
                        (after_heading && i < flow_.lines_after_heading);
      galley_.flow.items.push_back(flow::FlowItem::penalty_item(keep ? flow::kNever : 0));
    }
    GalleyBlock block;
    block.frame.width = measure_;
    block.frame.height = height;
    const Sp top = i == 0 ? -st.padding : 0;
    const Sp bottom = height + (i == n - 1 ? st.padding : 0);
    if (st.background) block.frame.add({indent, top}, frame::Rule{width, bottom - top, *st.background}, frame::Role::Artifact);
    if (st.left_rule.thickness > 0)
      block.frame.add({indent, top}, frame::Rule{st.left_rule.thickness, bottom - top, st.left_rule.color},
                      frame::Role::Artifact);
    block.frame.place({0, baseline_in_leading(height, st.size)}, std::move(lines[static_cast<std::size_t>(i)]));
    block.role = frame::Role::Code;
    push(std::move(block));
  }
  pending_space_ = std::max(st.space_after, st.padding);
}

// A heading before the figure keeps with it (begin_block); the text after it owes it nothing.
void GalleyBuilder::add_figure(frame::Frame figure, Sp space) {
  begin_block(space);
  keep_with_next_ = false;
  const std::size_t box = galley_.flow.items.size();  // push adds the box, then its notes
  push(GalleyBlock{std::move(figure), frame::Role::Figure, std::nullopt});
  galley_.flow.items[box].floats = true;
}

void GalleyBuilder::add_wide_figure(frame::Frame figure) {
  flow::FlowInsert in;
  in.place = flow::FlowInsert::Place::PageTop;
  in.payload = static_cast<int>(galley_.inserts.size());
  // Its caption's notes go to the foot of the page where it is set.
  for (int n : first_references(figure)) in.notes.push_back(n - 1);
  in.parts.push_back(figure.height);
  GalleyInsert insert;
  insert.role = frame::Role::Figure;
  insert.parts.push_back(std::move(figure));
  galley_.flow.items.push_back(flow::FlowItem::insert(in.payload));
  galley_.flow.inserts.push_back(std::move(in));
  galley_.inserts.push_back(std::move(insert));
}

void GalleyBuilder::add_block(frame::Frame block, frame::Role role) {
  begin_block(0);
  push(GalleyBlock{std::move(block), role, std::nullopt, -1});
}

// The repeated header is a copy taken before the header's markers are anchored: an anchor is
// one place in the document.
int GalleyBuilder::add_continuation(const frame::Frame& header, frame::Rule foot, Sp foot_x) {
  galley_.tables.push_back(TableContinuation{header, foot, foot_x});
  return static_cast<int>(galley_.tables.size()) - 1;
}

void GalleyBuilder::add_table(frame::Frame header, std::vector<frame::Frame> rows, const std::vector<bool>& splits,
                              frame::Rule foot, Sp space_before, Sp space_after, Sp indent) {
  begin_block(space_before);
  keep_with_next_ = false;
  const int table = add_continuation(header, foot, indent);
  push(GalleyBlock{std::move(header), frame::Role::Table, std::nullopt, -1});
  // Rows count like a paragraph's lines, but a piece of a table is never less than three rows:
  // a break leaves at least that many (or orphan-lines) at the foot and (or widow-lines) at the
  // top of the next column, so a short table stays whole and the header is never stranded.
  const int n = static_cast<int>(rows.size());
  const int foot_rows = std::max(kMinTableRows, flow_.orphan_lines);
  const int top_rows = std::max(kMinTableRows, flow_.widow_lines);
  for (int i = 0; i < n; ++i) {
    const bool allowed = i > 0 && (splits[static_cast<std::size_t>(i - 1)] || (i >= foot_rows && n - i >= top_rows));
    galley_.flow.items.push_back(flow::FlowItem::penalty_item(allowed ? 0 : flow::kNever));
    push(GalleyBlock{std::move(rows[static_cast<std::size_t>(i)]), frame::Role::Table, std::nullopt, table});
  }
  // The space after the table, then up to the next grid line: the text below is back on the
  // grid with at least that space above it. At a column foot both are dropped with the break.
  if (grid_ > 0) {
    galley_.flow.items.push_back(flow::FlowItem::glue(space_after));
    galley_.flow.items.push_back(flow::FlowItem::snap(grid_));
    pending_space_ = 0;
  } else {
    pending_space_ = space_after;
  }
}

void GalleyBuilder::add_wide_table(frame::Frame header, std::vector<frame::Frame> rows, frame::Rule foot) {
  GalleyInsert insert;
  insert.role = frame::Role::Table;
  insert.table = add_continuation(header, foot);
  flow::FlowInsert in;
  in.place = flow::FlowInsert::Place::PageTop;
  in.repeat = header.height;
  in.keep = kMinTableRows;
  in.payload = static_cast<int>(galley_.inserts.size());
  // Its notes go to the foot of the page where it starts, not where its place in the text falls.
  for (int n : first_references(header)) in.notes.push_back(n - 1);
  insert.header = std::move(header);
  for (frame::Frame& row : rows) {
    for (int n : first_references(row)) in.notes.push_back(n - 1);
    in.parts.push_back(row.height);
    insert.parts.push_back(std::move(row));
  }
  galley_.flow.items.push_back(flow::FlowItem::insert(in.payload));
  galley_.flow.inserts.push_back(std::move(in));
  galley_.inserts.push_back(std::move(insert));
}

}  // namespace folio::compose
