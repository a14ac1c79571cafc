// Distributes a vertical list (lines, spaces, penalties) into columns and pages: keeps
// headings with what follows, never leaves a widow or orphan, sets footnotes at the foot of the
// column that refers to them and wide blocks at the top of a page, and balances the columns of
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
  Sp note_space = 0;  // above a column's footnotes: space, rule, space
  Sp note_gap = 0;    // between two footnotes
  Sp top_space = 0;   // below a page's wide blocks (and between two of them)
  int orphans = 2;    // parts of a split note or wide block that stay in the first column or page
  int widows = 2;     // parts that go on together to the next
};

struct Placement {
  int payload = -1;
  int page = 0;
  int column = 0;
  Sp y = 0;             // top of the box below the column's top edge
  bool repeat = false;  // the box starts a column: its repeat material is drawn above it, at y - repeat
};

// A piece of an insert where it is set: parts [first, first + count) of inserts[insert].
struct InsertPlacement {
  int insert = -1;
  std::size_t first = 0, count = 0;
  int page = 0;
  int column = -1;  // a note's column; -1: the page's top region
  Sp y = 0;         // top of the piece: below the column's top edge (a note), or below the top of
                    // the page's top region (a wide block; its repeat material first)
};

struct FlowResult {
  std::vector<Placement> placements;  // one per Box, in list order
  int pages = 0;
  // Per page, the height used in each column (for balancing checks and column rules); a column
  // with notes is used down to its foot.
  std::vector<std::vector<Sp>> column_heights;
  std::vector<InsertPlacement> inserts;  // notes and wide blocks, page by page
  std::vector<Sp> page_top;              // per page: how much lower the columns start (wide blocks)
};

// Fills each column with as much as fits, breaking at the last legal break that fits (a
// negative penalty wins over a later break only when it is <= kForce). A box taller than a
// whole column is placed alone (overfull) rather than looping forever. When everything left fits on the current page, its
// columns are balanced: the smallest height (a multiple of `step`) at which the rest fits in
// `columns` columns without a forbidden break, notes included.
FlowResult paginate(const VerticalList& list, const Geometry& geometry);
FlowResult paginate(const std::vector<FlowItem>& items, const Geometry& geometry);  // no inserts

}  // namespace folio::flow
