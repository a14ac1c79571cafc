#include "compose/table_setter.hpp"

#include <algorithm>

#include "common/decimal.hpp"
#include "compose/page_geometry.hpp"
#include "compose/table_frames.hpp"
#include "compose/table_text.hpp"

namespace folio::compose {
namespace {

const Sp kSizeStep = pt(0.5);  // how much smaller each try of a too-wide table sets its text

Sp sum_min(const std::vector<ColumnExtent>& extents) {
  Sp s = 0;
  for (const ColumnExtent& e : extents) s += e.min;
  return s;
}

// A frame moved right by `indent` in a frame as much wider.
frame::Frame indented(frame::Frame f, Sp indent) {
  if (indent == 0) return f;
  frame::Frame out;
  out.width = f.width + indent;
  out.height = f.height;
  out.place({indent, 0}, std::move(f));
  return out;
}

}  // namespace

bool set_table(const input::Table& table, const SourcePos& at, const Context& cx, GalleyBuilder& galley,
               Sp indent) {
  if (table.columns.empty()) return false;
  const style::TableParams& params = cx.sheet.table;
  const TableText text(table, cx);
  const TableStyles base{cx.sheet.paragraph("table-header"), cx.sheet.paragraph("table-cell")};
  TableStyles styles = base;
  const Sp gaps = params.column_gap * static_cast<Sp>(table.columns.size() - 1);
  const Sp column = cx.page.column_width() - indent - gaps;
  const Sp page = text_width(cx.page) - gaps;

  std::vector<ColumnExtent> extents = text.extents(styles);
  const bool wide = sum_min(extents) > column && page > column;
  const Sp room = wide ? page : column;
  // Too wide even so: smaller text, step by step, down to the sheet's minimum size.
  for (Sp size = styles.cell.size; sum_min(extents) > room && size > params.min_size;) {
    size = std::max(params.min_size, size - kSizeStep);
    styles = scaled_styles(base, size);
    extents = text.extents(styles);
  }
  const bool break_words = sum_min(extents) > room;
  if (break_words)
    cx.diags.warn(at, "this table is too wide for the page even at " +
                          format_points(styles.cell.size, 2, Zeros::Trim) + "pt" +
                          " (the table style's min-size): words in its cells are broken");
  const std::vector<Sp> widths = column_widths(extents, room);
  const CellLines cells = text.set(styles, widths, break_words);

  // A row must fit a column (or the page's columns) below the repeated header.
  const Sp full = cx.page.height - cx.page.margins.top - cx.page.margins.bottom;
  TableFrames frames = table_frames(cells, widths, styles, params, full);
  for (std::size_t row : frames.tall)
    cx.diags.warn(at, "row " + std::to_string(row + 1) +
                          " of this table is taller than a column: it is split between its lines, its "
                          "header repeated above the rest");

  const frame::Rule foot{frames.header.width, params.bottom_rule.thickness, params.bottom_rule.color};
  if (wide)
    galley.add_wide_table(std::move(frames.header), std::move(frames.rows), foot);
  else {
    for (frame::Frame& row : frames.rows) row = indented(std::move(row), indent);
    galley.add_table(indented(std::move(frames.header), indent), std::move(frames.rows), frames.splits, foot,
                     params.space_before, params.space_after, indent);
  }
  return wide;
}

}  // namespace folio::compose
