#include "flow/paginator.hpp"

#include <algorithm>

#include "flow/column_fill.hpp"

namespace folio::flow {
namespace {

Sp ceil_div(Sp a, Sp b) { return (a + b - 1) / b; }

// Fills `columns` columns of `height` from `pos`. Returns true when they take everything left
// without an overfull column; `threshold` receives the smallest height that could change the
// outcome (see ColumnFill::threshold).
bool fits_on_page(const std::vector<FlowItem>& items, std::size_t pos, int columns, Sp height,
                  Sp& threshold) {
  threshold = kNoThreshold;
  bool ok = true;
  for (int c = 0; c < columns; ++c) {
    const ColumnFill fill = fill_column(items, pos, height);
    threshold = std::min(threshold, fill.threshold);
    if (fill.overfull) ok = false;
    pos = fill.end;
  }
  return ok && skip_discardable(items, pos) == items.size();
}

// The column height for the page starting at `pos`: `full` unless everything left fits on this
// page, in which case the smallest height on the lattice start + k * increment (the baseline
// grid, or 1pt) at which it still fits, so the columns come out balanced.
Sp balanced_height(const std::vector<FlowItem>& items, std::size_t pos, int columns, Sp full, Sp step) {
  Sp threshold = kNoThreshold;
  if (!fits_on_page(items, pos, columns, full, threshold)) return full;

  // Box heights alone bound the tallest column from below (glue at breaks is dropped).
  Sp boxes = 0;
  for (std::size_t i = pos; i < items.size(); ++i) {
    if (items[i].type == FlowItem::Type::Box) boxes += items[i].height;
  }
  const Sp increment = step > 0 ? step : pt(1);
  Sp height = ceil_div(boxes, columns);
  if (step > 0) height = ceil_div(height, step) * step;

  while (height < full) {
    if (fits_on_page(items, pos, columns, height, threshold)) return height;
    if (threshold == kNoThreshold) break;  // cannot happen on a failed fill; never loop
    // Every height below the threshold gives the same failing fill: jump to the first lattice
    // point at or above it. Same answer as stepping one increment at a time, fewer tries.
    const Sp steps = std::max<Sp>(1, ceil_div(threshold - height, increment));
    height += steps * increment;
  }
  return full;
}

}  // namespace

FlowResult paginate(const std::vector<FlowItem>& items, const Geometry& geometry) {
  FlowResult result;
  const int columns = std::max(1, geometry.columns);
  std::size_t pos = skip_discardable(items, 0);
  int page = 0;

  // Page 0 always exists (the caller draws masthead and footer even when empty); later pages only
  // while a Box remains, so no trailing empty page.
  while (page == 0 || pos < items.size()) {
    const Sp full = geometry.column_height(page);
    const bool last_page = geometry.balance_last_page && columns > 1 && pos < items.size() &&
                           balanced_height(items, pos, columns, full, geometry.step) < full;
    std::vector<Sp> used(static_cast<std::size_t>(columns), 0);
    for (int c = 0; c < columns; ++c) {
      // On the last page each column is balanced against the columns still to fill, so three
      // columns share 34 lines as 12, 11, 11 rather than 12, 12, 10.
      const Sp height = last_page && pos < items.size()
                            ? balanced_height(items, pos, columns - c, full, geometry.step)
                            : full;
      const ColumnFill fill = fill_column(items, pos, height);
      Sp y = 0;
      for (std::size_t i = fill.begin; i < fill.end; ++i) {
        const FlowItem& item = items[i];
        if (item.type == FlowItem::Type::Box) {
          result.placements.push_back(Placement{item.payload, page, c, y});
          y += item.height;
        } else if (item.type == FlowItem::Type::Glue) {
          y += item.height;
        }
      }
      used[static_cast<std::size_t>(c)] = fill.used;
      pos = fill.end;
    }
    pos = skip_discardable(items, pos);
    result.column_heights.push_back(std::move(used));
    ++page;
  }
  result.pages = page;
  return result;
}

}  // namespace folio::flow
