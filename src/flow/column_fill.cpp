#include "flow/column_fill.hpp"

#include <algorithm>
#include <optional>

namespace folio::flow {

bool is_legal_break(const FlowItems& items, std::size_t i) {
  const FlowItem& item = items[i];
  switch (item.type) {
    case FlowItem::Type::Glue: {
      // A box's inserts and snap belong to it: the glue after them still follows the box.
      std::size_t j = i;
      while (j > 0 && (items[j - 1].type == FlowItem::Type::Insert || items[j - 1].type == FlowItem::Type::Snap)) --j;
      return j > 0 && items[j - 1].type == FlowItem::Type::Box;
    }
    case FlowItem::Type::Penalty:
      return item.penalty < kNever;
    default:
      return false;
  }
}

std::size_t skip_discardable(const FlowItems& items, std::size_t pos) {
  while (pos < items.size() && items[pos].type != FlowItem::Type::Box && items[pos].type != FlowItem::Type::Insert)
    ++pos;
  return pos;
}

Sp advance(const FlowItem& item, Sp y, bool starts_column) {
  switch (item.type) {
    case FlowItem::Type::Box:
      return y + item.height + (starts_column ? item.repeat : 0);
    case FlowItem::Type::Glue:
      return y + item.height;
    case FlowItem::Type::Snap:
      return item.height > 0 ? (y + item.height - 1) / item.height * item.height : y;
    default:
      return y;
  }
}

Sp glue_before(const FlowItems& items, std::size_t i) {
  return i > 0 && items[i - 1].type == FlowItem::Type::Glue ? items[i - 1].height : 0;
}

ColumnFill fill_column(const FillContext& cx, std::size_t pos, Sp height) {
  const FlowItems& items = cx.list.items;
  const ColumnNotes notes(cx.list.inserts, cx.notes, height, cx.carried);
  const Sp carried = notes.carried_foot().height;
  ColumnFill fill;
  fill.begin = skip_discardable(items, pos);
  fill.foot = notes.carried_foot();
  const std::size_t n = items.size();

  // The floats that waited go first, as many as fit (at least one: they must make progress);
  // the rest wait again, ahead of any float this column passes.
  Sp top = 0;
  std::vector<std::size_t> waiting;
  for (std::size_t t : cx.tops) {
    if (waiting.empty() && (fill.tops.empty() || top + items[t].height + carried <= height)) {
      fill.tops.push_back(t);
      top += items[t].height;
    } else {
      waiting.push_back(t);
    }
  }
  fill.used = top;
  fill.deferred = waiting;

  Sp total = top;     // boxes and glue so far
  Sp box_foot = top;  // `total` at the foot of the last box: glue trailing a break is not counted
  bool seen_box = false;
  std::vector<int> refs, floats;  // the notes referred to and the wide blocks passed, so far
  std::vector<std::size_t> deferred = waiting;  // floats passed that wait for the next column
  bool have_best = false;
  // The last keep-with-next break (kKeep) that would still fit: where a run that can never fit a
  // column (3,000 headings, each kept with the next) gives way, rather than run past the column's
  // foot. Only where no note is referred to yet, so none is cut off.
  std::optional<std::size_t> give_way;
  Sp give_way_used = 0;

  // The end of the list acts as a forced break. Every break found lies after at least one Box
  // (the first item is a Box, an Insert, or the end): progress is guaranteed.
  for (std::size_t i = fill.begin;; ++i) {
    const bool at_end = i == n;
    if (at_end || (seen_box && is_legal_break(items, i))) {
      fill.reached_end = at_end;
      std::optional<NoteFoot> foot;
      if (box_foot + carried <= height) foot = notes.with(box_foot, refs);
      if (foot && box_foot + foot->height <= height) {
        have_best = true;
        fill.end = i;
        fill.used = box_foot;
        fill.foot = std::move(*foot);
        fill.floats = floats;
        fill.deferred = deferred;
        if (notes.splits(fill.foot)) fill.threshold = height + 1;  // a taller column splits a note elsewhere
        if (at_end || (items[i].type == FlowItem::Type::Penalty && items[i].penalty <= kForce)) return fill;
        // A note split here takes all the room left under its marker (TeX's rule): more text
        // would only push more of it to the next column.
        if (!refs.empty() && !fill.foot.carried.empty()) return fill;
      } else {
        // Heights only grow and notes only add, so no later break can fit: stop at this first
        // misfit. A taller column may also place the notes differently: no jump past the next try.
        const Sp needed = refs.empty() && !notes.splits(fill.foot) ? box_foot + carried : height + 1;
        fill.threshold = std::min(fill.threshold, std::max(needed, height + 1));
        // For the same reason a break that fitted before a misfit at the list's end is the one
        // chosen on any longer list (only the threshold could differ).
        fill.reached_end = at_end && !have_best;
        if (!have_best) {
          fill.end = i;
          fill.used = box_foot;
          fill.floats = floats;
          fill.deferred = deferred;
          const Sp whole = std::max(height, cx.full);
          if (box_foot - top <= whole && (carried > 0 || top > 0 || height < whole)) {
            // The carried notes or the floats at the top take the room this text needs, or wide
            // blocks above made the column too short for it: it waits for the next column, this
            // one holds only notes and floats.
            fill.end = fill.begin;
            fill.used = top;
            fill.floats.clear();
            fill.deferred = waiting;
          } else if (give_way && cx.full > 0 && box_foot > std::max(height, cx.full)) {
            // A run kept together that is taller than any column gives way at its last place that
            // fits: keep-with-next yields rather than text running off the page.
            fill.end = *give_way;
            fill.used = give_way_used;
          } else {
            // An unbreakable run (or a single box) taller than the column, or one whose notes
            // cannot start under it: placed anyway, its notes wait for the next column.
            fill.overfull = box_foot > height;
            for (int r : refs) fill.foot.carried.push_back(PendingInsert{r, 0});
          }
        }
        return fill;
      }
    }
    if (at_end) break;  // not reached: the end always returns above
    const FlowItem& item = items[i];
    if (seen_box && refs.empty() && floats.empty() && deferred.empty() && box_foot + carried <= height &&
        i > fill.begin && items[i - 1].type == FlowItem::Type::Box && item.type == FlowItem::Type::Penalty &&
        item.penalty == kKeep) {
      give_way = i;
      give_way_used = box_foot;
    }
    // A float that does not fit under the column's text, or follows one that waits, waits for
    // the next column's top (figures keep their order); at a column's top it is set there.
    if (item.type == FlowItem::Type::Box && item.floats && (seen_box || top > 0) &&
        (!deferred.empty() || total + item.height + carried > height)) {
      if (deferred.empty()) fill.threshold = std::min(fill.threshold, total + item.height + carried);
      deferred.push_back(i);
      total -= glue_before(items, i);
      continue;
    }
    const bool first_box = item.type == FlowItem::Type::Box && !seen_box;
    total = advance(item, total, first_box);
    if (item.type == FlowItem::Type::Box || item.type == FlowItem::Type::Snap) box_foot = total;
    if (item.type == FlowItem::Type::Box) seen_box = true;
    if (item.type == FlowItem::Type::Insert) {
      const FlowInsert& insert = cx.list.inserts[static_cast<std::size_t>(item.payload)];
      (insert.place == FlowInsert::Place::ColumnFoot ? refs : floats).push_back(item.payload);
    }
  }
  return fill;
}

ColumnFill fill_column(const std::vector<FlowItem>& items, std::size_t pos, Sp height) {
  const VerticalList list{items, {}};
  return fill_column(FillContext{list, NoteRules{}, {}, 0, {}}, pos, height);
}

}  // namespace folio::flow
