// Distributes a vertical list (lines, spaces, penalties) into columns and pages: keeps
// headings with what follows, never leaves a widow or orphan, and balances the columns of
// the last page. Knows nothing of text: it sees heights and penalties only.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "common/units.hpp"
#include "flow/vertical_list.hpp"

namespace folio::flow {

struct Geometry {
  int columns = 2;
  // Usable height of every column on page `page` (0-based); page 0 is shorter under the masthead.
  std::function<Sp(int page)> column_height;
  // When > 0, the balanced height of the last page's columns is searched in steps of this
  // (the baseline grid), so both columns end on a grid line.
  Sp step = 0;
  bool balance_last_page = true;
};

struct Placement {
  int payload = -1;
  int page = 0;
  int column = 0;
  Sp y = 0;  // top of the box below the column's top edge
};

struct FlowResult {
  std::vector<Placement> placements;  // one per Box, in list order
  int pages = 0;
  // Per page, the height used in each column (for balancing checks and column rules).
  std::vector<std::vector<Sp>> column_heights;
};

// Fills each column with as much as fits, breaking at the last legal break that fits (a
// negative penalty wins over a later break only when it is <= kForce). A box taller than a
// whole column is placed alone (overfull) rather than looping forever. When everything left fits on the current page, its
// columns are balanced: the smallest height (a multiple of `step`) at which the rest fits in
// `columns` columns without a forbidden break.
FlowResult paginate(const std::vector<FlowItem>& items, const Geometry& geometry);

}  // namespace folio::flow
