// The last page: whether what is left of the list fits on one page, and the column height that
// balances it there. Asked at every page, since only a page that takes everything left is
// balanced; of a list still growing (flow::Paginator) the answer may not be known yet.
#pragma once

#include <cstddef>
#include <vector>

#include "flow/column_fill.hpp"
#include "flow/geometry.hpp"

namespace folio::flow {

// How the geometry sets notes at a column's foot.
NoteRules note_rules(const Geometry& g);

enum class PageFit {
  Fits,       // `columns` columns take everything left, notes too, none overfull, no wide block passed
  Overflows,  // they do not, and no item appended to the list would make them
  Open,       // the list is not complete and items appended to it decide
};

// Fills `columns` columns of `height` from `pos`, with the notes `carried` and the floats `tops`
// waiting from the column before. With `complete` the list is whole and the answer never Open;
// `threshold` then receives the smallest height that could change it (ColumnFill::threshold).
// Without, a column whose fill reached the list's end makes the answer Open, unless an earlier
// column already overflows: fills that stopped before the end are the same on any longer list.
PageFit page_fit(const VerticalList& list, const Geometry& g, std::size_t pos, std::vector<PendingInsert> carried,
                 std::vector<std::size_t> tops, int columns, Sp height, bool complete, Sp& threshold);

// The column height for the page starting at `pos` of a complete list: `full` unless everything
// left fits on this page, in which case the smallest height on the lattice start + k * increment
// (the baseline grid, or 1pt) at which it still fits, so the columns come out balanced.
Sp balanced_height(const VerticalList& list, const Geometry& g, std::size_t pos,
                   const std::vector<PendingInsert>& carried, const std::vector<std::size_t>& tops, int columns,
                   Sp full);

}  // namespace folio::flow
