#include "flow/last_page.hpp"

#include <algorithm>

namespace folio::flow {
namespace {

Sp ceil_div(Sp a, Sp b) { return (a + b - 1) / b; }

}  // namespace

NoteRules note_rules(const Geometry& g) { return NoteRules{g.note_space, g.note_gap, g.orphans, g.widows}; }

PageFit page_fit(const VerticalList& list, const Geometry& g, std::size_t pos, std::vector<PendingInsert> carried,
                 std::vector<std::size_t> tops, int columns, Sp height, bool complete, Sp& threshold) {
  threshold = kNoThreshold;
  bool ok = true;
  for (int c = 0; c < columns; ++c) {
    ColumnFill fill = fill_column(FillContext{list, note_rules(g), std::move(carried), 0, std::move(tops)}, pos, height);
    if (!complete && fill.reached_end) return PageFit::Open;  // and so is every column after it
    threshold = std::min(threshold, fill.threshold);
    if (fill.overfull || !fill.floats.empty()) {
      ok = false;
      // Growing, no threshold is asked for: the answer is known, the columns after it need not be filled.
      if (!complete) return PageFit::Overflows;
    }
    pos = fill.end;
    carried = std::move(fill.foot.carried);
    tops = std::move(fill.deferred);
  }
  // Every fill stopped before the list's end: what is left over stays left over on a longer list,
  // but a list that merely ends here may yet grow.
  if (carried.empty() && tops.empty() && skip_discardable(list.items, pos) == list.items.size())
    return !ok ? PageFit::Overflows : complete ? PageFit::Fits : PageFit::Open;
  return PageFit::Overflows;
}

Sp balanced_height(const VerticalList& list, const Geometry& g, std::size_t pos,
                   const std::vector<PendingInsert>& carried, const std::vector<std::size_t>& tops, int columns,
                   Sp full) {
  Sp threshold = kNoThreshold;
  if (page_fit(list, g, pos, carried, tops, columns, full, true, threshold) != PageFit::Fits) return full;

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
    if (page_fit(list, g, pos, carried, tops, columns, height, true, threshold) == PageFit::Fits) return height;
    if (threshold == kNoThreshold) break;  // cannot happen on a failed fill; never loop
    // Every height below the threshold gives the same failing fill: jump to the first lattice
    // point at or above it. Same answer as stepping one increment at a time, fewer tries.
    const Sp steps = std::max<Sp>(1, ceil_div(threshold - height, increment));
    height += steps * increment;
  }
  return full;
}

}  // namespace folio::flow
