#include "flow/paginator.hpp"

#include <algorithm>

#include "flow/column_fill.hpp"
#include "flow/page_top.hpp"

namespace folio::flow {
namespace {

Sp ceil_div(Sp a, Sp b) { return (a + b - 1) / b; }

NoteRules note_rules(const Geometry& g) { return NoteRules{g.note_space, g.note_gap, g.orphans, g.widows}; }

// Fills `columns` columns of `height` from `pos`. Returns true when they take everything left
// (notes too) without an overfull column and without a wide block for a later page; `threshold`
// receives the smallest height that could change the outcome (see ColumnFill::threshold).
bool fits_on_page(const VerticalList& list, const Geometry& g, std::size_t pos, std::vector<PendingInsert> carried,
                  std::vector<std::size_t> tops, int columns, Sp height, Sp& threshold) {
  threshold = kNoThreshold;
  bool ok = true;
  for (int c = 0; c < columns; ++c) {
    ColumnFill fill = fill_column(FillContext{list, note_rules(g), std::move(carried), 0, std::move(tops)}, pos, height);
    threshold = std::min(threshold, fill.threshold);
    if (fill.overfull || !fill.floats.empty()) ok = false;
    pos = fill.end;
    carried = std::move(fill.foot.carried);
    tops = std::move(fill.deferred);
  }
  return ok && carried.empty() && tops.empty() && skip_discardable(list.items, pos) == list.items.size();
}

// The column height for the page starting at `pos`: `full` unless everything left fits on this
// page, in which case the smallest height on the lattice start + k * increment (the baseline
// grid, or 1pt) at which it still fits, so the columns come out balanced.
Sp balanced_height(const VerticalList& list, const Geometry& g, std::size_t pos,
                   const std::vector<PendingInsert>& carried, const std::vector<std::size_t>& tops, int columns,
                   Sp full) {
  Sp threshold = kNoThreshold;
  if (!fits_on_page(list, g, pos, carried, tops, columns, full, threshold)) return full;

  // Box and note heights alone bound the tallest column from below (glue at breaks is dropped).
  Sp material = 0;
  for (std::size_t t : tops) material += list.items[t].height;
  for (std::size_t i = pos; i < list.items.size(); ++i) {
    const FlowItem& item = list.items[i];
    if (item.type == FlowItem::Type::Box) material += item.height;
    if (item.type == FlowItem::Type::Insert)
      for (Sp part : list.inserts[static_cast<std::size_t>(item.payload)].parts) material += part;
  }
  const Sp increment = g.step > 0 ? g.step : pt(1);
  Sp height = ceil_div(material, columns);
  if (g.step > 0) height = ceil_div(height, g.step) * g.step;

  while (height < full) {
    if (fits_on_page(list, g, pos, carried, tops, columns, height, threshold)) return height;
    if (threshold == kNoThreshold) break;  // cannot happen on a failed fill; never loop
    // Every height below the threshold gives the same failing fill: jump to the first lattice
    // point at or above it. Same answer as stepping one increment at a time, fewer tries.
    const Sp steps = std::max<Sp>(1, ceil_div(threshold - height, increment));
    height += steps * increment;
  }
  return full;
}

// Wide blocks whose Insert comes before any box of the page go to this page's top.
std::size_t take_leading_blocks(const VerticalList& list, std::size_t pos, std::vector<PendingInsert>& pending) {
  for (pos = skip_discardable(list.items, pos); pos < list.items.size(); pos = skip_discardable(list.items, pos + 1)) {
    const FlowItem& item = list.items[pos];
    if (item.type != FlowItem::Type::Insert ||
        list.inserts[static_cast<std::size_t>(item.payload)].place != FlowInsert::Place::PageTop)
      break;
    pending.push_back(PendingInsert{item.payload, 0});
  }
  return pos;
}

// Records the boxes of one column's fill and the notes at its foot.
void place_column(const VerticalList& list, const NoteRules& rules, const ColumnFill& fill, int page, int column,
                  Sp height, FlowResult& out) {
  Sp y = 0;
  for (std::size_t t : fill.tops) {  // the floats that waited for this column
    out.placements.push_back(Placement{list.items[t].payload, page, column, y, false});
    y += list.items[t].height;
  }
  bool first = true;
  for (std::size_t i = fill.begin; i < fill.end; ++i) {
    const FlowItem& item = list.items[i];
    if (item.floats && std::find(fill.deferred.begin(), fill.deferred.end(), i) != fill.deferred.end()) {
      y -= glue_before(list.items, i);  // its space above goes with it
      continue;
    }
    const Sp next = advance(item, y, first && item.type == FlowItem::Type::Box);
    if (item.type == FlowItem::Type::Box) {
      const bool repeat = first && item.repeat > 0;
      out.placements.push_back(Placement{item.payload, page, column, repeat ? y + item.repeat : y, repeat});
      first = false;
    }
    y = next;
  }
  Sp note_y = height - fill.foot.height;
  for (const InsertPiece& piece : fill.foot.pieces) {
    const FlowInsert& note = list.inserts[static_cast<std::size_t>(piece.insert)];
    note_y += &piece == &fill.foot.pieces.front() ? rules.space : rules.gap;
    out.inserts.push_back(InsertPlacement{piece.insert, piece.first, piece.count, page, column, note_y});
    for (std::size_t k = piece.first; k < piece.first + piece.count; ++k) note_y += note.parts[k];
  }
}

}  // namespace

FlowResult paginate(const VerticalList& list, const Geometry& geometry) {
  FlowResult result;
  const std::vector<FlowItem>& items = list.items;
  const int columns = std::max(1, geometry.columns);
  const NoteRules notes = note_rules(geometry);
  const TopRules top_rules{geometry.top_space, geometry.step, geometry.orphans, geometry.widows};
  std::size_t pos = skip_discardable(items, 0);
  std::vector<PendingInsert> carried;  // notes going on to the next column's foot
  std::vector<PendingInsert> waiting;  // wide blocks waiting for a page top
  std::vector<std::size_t> tops;       // floats waiting for a column top
  int page = 0;

  // Page 0 always exists (the caller draws masthead and footer even when empty); later pages only
  // while a Box, a note or a wide block remains, so no trailing empty page.
  while (page == 0 || pos < items.size() || !carried.empty() || !waiting.empty() || !tops.empty()) {
    pos = take_leading_blocks(list, pos, waiting);
    const Sp room = geometry.column_height(page);
    const TopRegion top = place_top(list.inserts, waiting, room, top_rules);
    for (std::size_t i = 0; i < top.pieces.size(); ++i)
      result.inserts.push_back(
          InsertPlacement{top.pieces[i].insert, top.pieces[i].first, top.pieces[i].count, page, -1, top.ys[i]});
    waiting = top.waiting;
    for (int note : top.notes) carried.push_back(PendingInsert{note, 0});
    result.page_top.push_back(top.reserved);
    // Less than a line under the wide blocks: the columns stay empty on this page.
    const bool sliver = !top.pieces.empty() && room - top.reserved < std::max<Sp>(geometry.step, 1);
    const Sp full = sliver ? 0 : room - top.reserved;

    const bool last_page = geometry.balance_last_page && columns > 1 && !sliver && pos < items.size() &&
                           waiting.empty() && balanced_height(list, geometry, pos, carried, tops, columns, full) < full;
    std::vector<Sp> used(static_cast<std::size_t>(columns), 0);
    for (int c = 0; c < columns && !sliver; ++c) {
      // On the last page each column is balanced against the columns still to fill, so three
      // columns share 34 lines as 12, 11, 11 rather than 12, 12, 10.
      const Sp height = last_page && pos < items.size()
                            ? balanced_height(list, geometry, pos, carried, tops, columns - c, full)
                            : full;
      const ColumnFill fill = fill_column(FillContext{list, notes, carried, room, tops}, pos, height);
      place_column(list, notes, fill, page, c, height, result);
      used[static_cast<std::size_t>(c)] = fill.foot.pieces.empty() ? fill.used : height;
      for (int block : fill.floats) waiting.push_back(PendingInsert{block, 0});
      carried = fill.foot.carried;
      tops = fill.deferred;
      pos = fill.end;
    }
    pos = skip_discardable(items, pos);
    result.column_heights.push_back(std::move(used));
    ++page;
  }
  result.pages = page;
  return result;
}

FlowResult paginate(const std::vector<FlowItem>& items, const Geometry& geometry) {
  return paginate(VerticalList{items, {}}, geometry);
}

}  // namespace folio::flow
