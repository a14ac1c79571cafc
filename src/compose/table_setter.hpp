// A GFM table set for the galley: in its column when the columns' minimum widths fit there
// (CSS's automatic table layout shares the column's width out), else across the page at the top
// of a page, its text stepped down towards the sheet's `min-size` until the minima fit the page,
// and only then with its words broken.
#pragma once

#include "compose/context.hpp"
#include "compose/galley.hpp"
#include "input/document.hpp"

namespace folio::compose {

// `at`: where the table is in the issue, for warnings (a row cut between its lines, words broken).
// Returns true when the table went to the top of a page (the text around it runs on as if it
// were not there), false when it is in the column. `indent`: a table in a quote starts there in
// the column, narrower by as much (a table across the page is not indented).
bool set_table(const input::Table& table, const SourcePos& at, const Context& cx, GalleyBuilder& galley,
               Sp indent = 0);

}  // namespace folio::compose
