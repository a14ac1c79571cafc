// A set table's cells as frames, booktabs-ruled: the header block (top rule, header row, the
// lighter rule under it) and a block per body row (the last with the bottom rule under it).
// Each row is a TableRow group of TableHeaderCell or TableCell groups, each holding its lines,
// top-aligned; rules are Artifacts.
#pragma once

#include <vector>

#include "compose/table_text.hpp"
#include "frame/frame.hpp"
#include "style/style_sheet.hpp"

namespace folio::compose {

struct TableFrames {
  frame::Frame header;
  std::vector<frame::Frame> rows;
  std::vector<bool> splits;       // the table may break after rows[i] though a row goes on:
                                  // rows[i] is a slice of a row too tall for a column
  std::vector<std::size_t> tall;  // the body rows (0-based) cut into slices
};

// The frames of `cells` in columns of `widths` separated by the sheet's column gap. A body row
// taller than a column of `column_height` under the repeated header could never be placed whole:
// it is cut between its lines into slices, a line of every cell each. No other row is split.
TableFrames table_frames(const CellLines& cells, const std::vector<Sp>& widths, const TableStyles& styles,
                         const style::TableParams& params, Sp column_height);

}  // namespace folio::compose
