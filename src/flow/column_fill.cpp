#include "flow/column_fill.hpp"

namespace folio::flow {

bool is_legal_break(const std::vector<FlowItem>& items, std::size_t i) {
  const FlowItem& item = items[i];
  switch (item.type) {
    case FlowItem::Type::Glue:
      return i > 0 && items[i - 1].type == FlowItem::Type::Box;
    case FlowItem::Type::Penalty:
      return item.penalty < kNever;
    case FlowItem::Type::Box:
      break;
  }
  return false;
}

std::size_t skip_discardable(const std::vector<FlowItem>& items, std::size_t pos) {
  while (pos < items.size() && items[pos].type != FlowItem::Type::Box) ++pos;
  return pos;
}

ColumnFill fill_column(const std::vector<FlowItem>& items, std::size_t pos, Sp height) {
  ColumnFill fill;
  fill.begin = skip_discardable(items, pos);
  const std::size_t n = items.size();

  Sp total = 0;     // boxes and glue so far
  Sp box_foot = 0;  // `total` at the foot of the last box: glue trailing a break is not counted
  bool have_best = false;
  std::size_t best_end = fill.begin;
  Sp best_used = 0;

  // The end of the list acts as a forced break. The first item is a Box (or the end), so
  // every break found lies after at least one Box: progress is guaranteed.
  for (std::size_t i = fill.begin;; ++i) {
    const bool at_end = i == n;
    if (at_end || is_legal_break(items, i)) {
      if (box_foot <= height) {
        have_best = true;
        best_end = i;
        best_used = box_foot;
        if (at_end || (items[i].type == FlowItem::Type::Penalty && items[i].penalty <= kForce)) {
          fill.end = i;
          fill.used = box_foot;
          return fill;
        }
      } else {
        // Heights only grow, so no later break can fit: stop at this first misfit.
        fill.threshold = box_foot;
        if (have_best) {
          fill.end = best_end;
          fill.used = best_used;
        } else {  // an unbreakable run (or a single box) taller than the column
          fill.end = i;
          fill.used = box_foot;
          fill.overfull = true;
        }
        return fill;
      }
    }
    if (at_end) break;  // not reached: the end always returns above
    const FlowItem& item = items[i];
    if (item.type == FlowItem::Type::Box) {
      total += item.height;
      box_foot = total;
    } else if (item.type == FlowItem::Type::Glue) {
      total += item.height;
    }
  }
  return fill;
}

}  // namespace folio::flow
