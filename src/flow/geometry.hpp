// The page a vertical list is broken into: its columns, their heights page by page, the
// baseline grid, and how notes and wide blocks are spaced and split.
#pragma once

#include <functional>

#include "common/units.hpp"

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

}  // namespace folio::flow
