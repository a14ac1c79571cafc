#include "compose/table_frames.hpp"

#include <algorithm>

#include "compose/page_geometry.hpp"

namespace folio::compose {
namespace {

// The row group of lines [first, first + count) of every cell, `width` wide; its height is the
// tallest cell's.
frame::Frame row_group(std::vector<std::vector<frame::Frame>>& cells, std::size_t first, std::size_t count,
                       const std::vector<Sp>& x, const std::vector<Sp>& widths,
                       const style::ParagraphStyle& st, frame::Role cell_role, Sp width) {
  frame::Frame row;
  row.width = width;
  row.height = static_cast<Sp>(count) * st.leading;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    frame::Frame cell;
    cell.width = widths[c];
    cell.height = row.height;
    for (std::size_t i = first; i < first + count && i < cells[c].size(); ++i)
      cell.place({0, baseline_in_leading(st.leading, st.size) + static_cast<Sp>(i - first) * st.leading},
                 std::move(cells[c][i]));
    row.place({x[c], 0}, std::move(cell), cell_role);
  }
  return row;
}

std::size_t most_lines(const std::vector<std::vector<frame::Frame>>& cells) {
  std::size_t n = 0;
  for (const std::vector<frame::Frame>& lines : cells) n = std::max(n, lines.size());
  return n;
}

void add_rule(frame::Frame& block, Sp y, const style::Rule& rule) {
  if (rule.thickness > 0)
    block.add({0, y}, frame::Rule{block.width, rule.thickness, rule.color}, frame::Role::Artifact);
}

}  // namespace

TableFrames table_frames(const CellLines& lines, const std::vector<Sp>& widths, const TableStyles& styles,
                         const style::TableParams& params, Sp column_height) {
  CellLines cells = lines;
  std::vector<Sp> x;
  Sp width = 0;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    if (c > 0) width += params.column_gap;
    x.push_back(width);
    width += widths[c];
  }
  const Sp rs = params.rule_space;
  TableFrames out;

  frame::Frame& header = out.header;
  header.width = width;
  add_rule(header, 0, params.top_rule);
  frame::Frame head = row_group(cells[0], 0, most_lines(cells[0]), x, widths, styles.header,
                                frame::Role::TableHeaderCell, width);
  const Sp below_head = params.top_rule.thickness + rs + head.height + rs;
  header.place({0, params.top_rule.thickness + rs}, std::move(head), frame::Role::TableRow);
  if (cells.size() > 1) {
    add_rule(header, below_head, params.header_rule);
    header.height = below_head + params.header_rule.thickness + rs;
  } else {
    header.height = below_head;  // no body: the bottom rule closes the header
  }

  const style::ParagraphStyle& st = styles.cell;
  const Sp row_limit = column_height - header.height - params.row_space;
  for (std::size_t r = 1; r < cells.size(); ++r) {
    const std::size_t n = most_lines(cells[r]);
    // A row taller than a column could never be placed whole: it is cut between its lines.
    const bool tall = static_cast<Sp>(n) * st.leading > row_limit && n > 1;
    if (tall) out.tall.push_back(r - 1);
    const std::size_t step = tall ? 1 : std::max<std::size_t>(n, 1);
    for (std::size_t first = 0; first < std::max<std::size_t>(n, 1); first += step) {
      const bool more = tall && first + step < n;  // a slice's lines stand as close as a row's
      frame::Frame block;
      block.width = width;
      frame::Frame row =
          row_group(cells[r], first, n == 0 ? 0 : step, x, widths, st, frame::Role::TableCell, width);
      block.height = row.height + (more ? 0 : params.row_space);
      block.place({0, 0}, std::move(row), frame::Role::TableRow);
      out.rows.push_back(std::move(block));
      out.splits.push_back(more);
    }
  }
  // The bottom rule closes the last row, a rule space under its text (or, a rule space under
  // its text too, the header of a table without body rows).
  if (out.rows.empty()) {
    frame::Frame empty;
    empty.width = width;
    out.rows.push_back(std::move(empty));
    out.splits.push_back(false);
  } else {
    out.rows.back().height += rs - params.row_space;
  }
  frame::Frame& end = out.rows.back();
  add_rule(end, end.height, params.bottom_rule);
  end.height += params.bottom_rule.thickness;
  return out;
}

}  // namespace folio::compose
