// The region at the top of a page, above its columns, where wide blocks go (PageTop inserts: a
// table wider than a column, later wide figures). Blocks come in the order they wait; one that
// does not fit breaks between its parts, with its repeat material above the rest on the next
// page, or waits whole for the next page when less than `orphans` parts (or the block's `keep`)
// would fit.
#pragma once

#include <vector>

#include "flow/column_notes.hpp"
#include "flow/vertical_list.hpp"

namespace folio::flow {

struct TopRegion {
  std::vector<InsertPiece> pieces;
  std::vector<Sp> ys;                  // each piece's top (its repeat material first) in the region
  Sp reserved = 0;                     // how much lower the columns start: the region and the space
                                       // below it, a whole number of steps; at most the page's room
  std::vector<PendingInsert> waiting;  // what goes on to the next page's top
  std::vector<int> notes;              // notes of the blocks that start here (for the first column)
};

struct TopRules {
  Sp space = 0;  // between two blocks, and between the region and the columns
  Sp step = 0;   // the baseline grid: the columns below start on it
  int orphans = 2, widows = 2;
};

// Places `pending` at the top of a page whose columns have `room` in all.
TopRegion place_top(const std::vector<FlowInsert>& inserts, const std::vector<PendingInsert>& pending,
                    Sp room, const TopRules& rules);

}  // namespace folio::flow
