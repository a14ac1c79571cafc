// The text of a table's cells: each cell's inlines styled (header cells in `table-header`, body
// cells in `table-cell`), measured for the column widths, and set as lines in its column's
// width and alignment.
#pragma once

#include <vector>

#include "compose/context.hpp"
#include "compose/table_widths.hpp"
#include "frame/frame.hpp"
#include "input/document.hpp"

namespace folio::compose {

// The header's and the body's paragraph styles, as given or stepped down in size.
struct TableStyles {
  style::ParagraphStyle header, cell;
};

// The styles at `size` for the body text: both sizes and leadings scaled by the same ratio.
TableStyles scaled_styles(const TableStyles& base, Sp size);

// Lines per cell: lines[row][column], row 0 the header.
using CellLines = std::vector<std::vector<std::vector<frame::Frame>>>;

class TableText {
 public:
  TableText(const input::Table& table, const Context& cx) : table_(table), cx_(cx) {}

  // What each column asks for (CSS's min and max content widths over its cells), header included.
  std::vector<ColumnExtent> extents(const TableStyles& styles) const;
  // Every cell set in its column's width; `break_words`: the widths are below the columns'
  // minima, so words hyphenate (and break where they must).
  CellLines set(const TableStyles& styles, const std::vector<Sp>& widths, bool break_words) const;

 private:
  para::ParagraphSpec spec(std::size_t row, std::size_t column, const TableStyles& styles, Sp measure) const;

  const input::Table& table_;
  const Context& cx_;
};

}  // namespace folio::compose
