#include "flow/paginator.hpp"

#include <algorithm>
#include <utility>

#include "flow/column_fill.hpp"
#include "flow/last_page.hpp"
#include "flow/page_top.hpp"

namespace folio::flow {
namespace {

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
                  Sp height, PageFlow& out) {
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

Paginator::Paginator(Geometry geometry) : geometry_(std::move(geometry)) {}

std::size_t Paginator::position() const {
  std::size_t pos = pos_;
  for (std::size_t t : tops_) pos = std::min(pos, t);
  return pos;
}

std::optional<PageFlow> Paginator::next_page(const VerticalList& list, bool complete) {
  const FlowItems& items = list.items;
  const int columns = std::max(1, geometry_.columns);
  const NoteRules notes = note_rules(geometry_);
  const TopRules top_rules{geometry_.top_space, geometry_.step, geometry_.orphans, geometry_.widows};
  // The page's own copy of the state: it becomes the paginator's only when the page is returned.
  std::size_t pos = skip_discardable(items, pos_);  // the list may have grown past where it ended
  std::vector<PendingInsert> carried = carried_;
  std::vector<PendingInsert> waiting = waiting_;
  std::vector<std::size_t> tops = tops_;

  // Page 0 always exists (the caller draws masthead and footer even when empty); later pages only
  // while a Box, a note or a wide block remains, so no trailing empty page.
  if (page_ > 0 && pos == items.size() && carried.empty() && waiting.empty() && tops.empty()) return std::nullopt;
  pos = take_leading_blocks(list, pos, waiting);
  if (!complete && pos == items.size()) return std::nullopt;  // more wide blocks may come before a box

  PageFlow out;
  out.page = page_;
  const Sp room = geometry_.column_height(page_);
  const TopRegion top = place_top(list.inserts, waiting, room, top_rules);
  for (std::size_t i = 0; i < top.pieces.size(); ++i)
    out.inserts.push_back(
        InsertPlacement{top.pieces[i].insert, top.pieces[i].first, top.pieces[i].count, page_, -1, top.ys[i]});
  waiting = top.waiting;
  for (int note : top.notes) carried.push_back(PendingInsert{note, 0});
  out.top = top.reserved;
  // Less than a line under the wide blocks: the columns stay empty on this page.
  const bool sliver = !top.pieces.empty() && room - top.reserved < std::max<Sp>(geometry_.step, 1);
  const Sp full = sliver ? 0 : room - top.reserved;

  bool last_page = false;
  if (geometry_.balance_last_page && columns > 1 && !sliver && pos < items.size() && waiting.empty()) {
    if (complete) {
      last_page = balanced_height(list, geometry_, pos, carried, tops, columns, full) < full;
    } else {
      Sp threshold = kNoThreshold;
      if (page_fit(list, geometry_, pos, carried, tops, columns, full, false, threshold) != PageFit::Overflows)
        return std::nullopt;  // it may be the last page
    }
  }
  out.column_heights.assign(static_cast<std::size_t>(columns), 0);
  for (int c = 0; c < columns && !sliver; ++c) {
    // On the last page each column is balanced against the columns still to fill, so three
    // columns share 34 lines as 12, 11, 11 rather than 12, 12, 10.
    const Sp height = last_page && pos < items.size()
                          ? balanced_height(list, geometry_, pos, carried, tops, columns - c, full)
                          : full;
    const ColumnFill fill = fill_column(FillContext{list, notes, carried, room, tops}, pos, height);
    if (!complete && fill.reached_end) return std::nullopt;
    place_column(list, notes, fill, page_, c, height, out);
    out.column_heights[static_cast<std::size_t>(c)] = fill.foot.pieces.empty() ? fill.used : height;
    for (int block : fill.floats) waiting.push_back(PendingInsert{block, 0});
    carried = fill.foot.carried;
    tops = fill.deferred;
    pos = fill.end;
  }
  pos_ = skip_discardable(items, pos);
  carried_ = std::move(carried);
  waiting_ = std::move(waiting);
  tops_ = std::move(tops);
  ++page_;
  return out;
}

FlowResult paginate(const VerticalList& list, const Geometry& geometry) {
  FlowResult result;
  Paginator paginator(geometry);
  while (std::optional<PageFlow> page = paginator.next_page(list, true)) {
    result.placements.insert(result.placements.end(), page->placements.begin(), page->placements.end());
    result.inserts.insert(result.inserts.end(), page->inserts.begin(), page->inserts.end());
    result.column_heights.push_back(std::move(page->column_heights));
    result.page_top.push_back(page->top);
  }
  result.pages = paginator.pages();
  return result;
}

FlowResult paginate(const std::vector<FlowItem>& items, const Geometry& geometry) {
  return paginate(VerticalList{items, {}}, geometry);
}

}  // namespace folio::flow
