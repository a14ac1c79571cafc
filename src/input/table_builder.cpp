#include "input/table_builder.hpp"

#include <cmark-gfm-core-extensions.h>

#include "input/cmark_tree.hpp"
#include "input/inline_builder.hpp"

namespace folio::input {
namespace {

ColumnAlign column_align(std::uint8_t code) {
  switch (code) {
    case 'l':
      return ColumnAlign::Left;
    case 'c':
      return ColumnAlign::Center;
    case 'r':
      return ColumnAlign::Right;
    default:
      return ColumnAlign::Default;
  }
}

TableRow build_row(cmark_node* row, std::size_t columns, const BodySource& source, Diagnostics& diags) {
  TableRow out;
  out.pos = start_pos(row, source);
  for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
    if (!is_extension_node(cell, "table_cell")) continue;
    // A cell the row leaves out is an empty node without a position: it takes the row's.
    const bool placed = cmark_node_get_start_line(cell) > 0;
    const SourcePos pos = placed ? start_pos(cell, source) : out.pos;
    const int last_line = placed ? cmark_node_get_end_line(cell) + source.line_offset : pos.line;
    out.cells.push_back(InlineBuilder(source, diags, pos, last_line).build(cell));
  }
  out.cells.resize(columns);  // cmark pads short rows and drops extra cells; stay sure of it
  return out;
}

}  // namespace

Table build_table(cmark_node* table, const BodySource& source, Diagnostics& diags) {
  Table out;
  const std::size_t columns = cmark_gfm_extensions_get_table_columns(table);
  const std::uint8_t* align = cmark_gfm_extensions_get_table_alignments(table);
  for (std::size_t c = 0; c < columns; ++c) out.columns.push_back(column_align(align ? align[c] : 0));
  for (cmark_node* row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
    if (cmark_gfm_extensions_get_table_row_is_header(row))
      out.header = build_row(row, columns, source, diags);
    else
      out.rows.push_back(build_row(row, columns, source, diags));
  }
  return out;
}

}  // namespace folio::input
