// Puts on a page what pagination set outside the column flow and what a table repeats: the
// notes at a column's foot under their short rule, the pieces of wide tables in the page's top
// region, and a continued table's header above its rows and its bottom rule where a piece ends.
#pragma once

#include <vector>

#include "compose/galley.hpp"
#include "flow/paginator.hpp"
#include "frame/frame.hpp"
#include "style/style_sheet.hpp"

namespace folio::compose {

// One note piece as a Note group of its lines (or a wide figure, its one part), moved out of the
// galley (each part is set once).
frame::Frame note_piece(Galley& galley, const flow::InsertPlacement& piece);

// The footnote rule of a column whose first note piece starts at `first_y`.
void add_note_rule(frame::Frame& column, Sp first_y, const style::FootnoteParams& params);

// One piece of a wide table: its header (the original on the first piece, the repeated copy on
// the others), its rows, and the bottom rule under a piece the table goes on after.
frame::Frame table_piece(Galley& galley, const flow::InsertPlacement& piece);

// The header repeated above a table's row that starts a column at `row_y`.
void add_repeated_header(frame::Frame& column, const TableContinuation& table, Sp row_y);

// The bottom rule under a row block at `row_y`, `row_height` high, where its table breaks.
void add_continued_rule(frame::Frame& column, const TableContinuation& table, Sp row_y, Sp row_height);

}  // namespace folio::compose
