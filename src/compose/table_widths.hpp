// Column widths of a table from its content, as CSS 2.1's automatic table layout shares them out
// (section 17.5.2.2): each column asks for a minimum (its widest unbreakable word) and a maximum
// (its widest cell unwrapped).
#pragma once

#include <vector>

#include "common/units.hpp"

namespace folio::compose {

struct ColumnExtent {
  Sp min = 0, max = 0;  // max >= min
};

// The widths of the columns, summing exactly to `available` (the measure less the gaps between
// columns):
// - when every column's maximum fits, each gets its maximum, and what is left is shared in
//   proportion to the maxima (the table fills its measure);
// - when only the minima fit, each gets its minimum, and what is left is shared in proportion
//   to max - min, so the columns that want more room get more;
// - when not even the minima fit, the minima are scaled down in proportion (words must break).
// Shares are rounded down; the scaled points left over go one each to the first columns.
std::vector<Sp> column_widths(const std::vector<ColumnExtent>& columns, Sp available);

}  // namespace folio::compose
