#include "compose/insert_assembly.hpp"

#include <algorithm>

namespace folio::compose {

frame::Frame note_piece(Galley& galley, const flow::InsertPlacement& piece) {
  GalleyInsert& note = galley.inserts[static_cast<std::size_t>(piece.insert)];
  frame::Frame out;
  Sp y = 0;
  for (std::size_t k = piece.first; k < piece.first + piece.count; ++k) {
    frame::Frame& part = note.parts[k];
    out.width = std::max(out.width, part.width);
    const Sp h = part.height;
    out.place({0, y}, std::move(part));
    y += h;
  }
  out.height = y;
  return out;
}

void add_note_rule(frame::Frame& column, Sp first_y, const style::FootnoteParams& params) {
  if (params.rule.thickness <= 0 || params.rule_width <= 0) return;
  column.add({0, first_y - params.space_below - params.rule.thickness},
             frame::Rule{params.rule_width, params.rule.thickness, params.rule.color}, frame::Role::Artifact);
}

frame::Frame table_piece(Galley& galley, const flow::InsertPlacement& piece) {
  GalleyInsert& table = galley.inserts[static_cast<std::size_t>(piece.insert)];
  const TableContinuation& continuation = galley.tables[static_cast<std::size_t>(table.table)];
  frame::Frame out;
  frame::Frame header = piece.first == 0 ? std::move(table.header) : continuation.header;
  out.width = header.width;
  Sp y = header.height;
  out.place({0, 0}, std::move(header), frame::Role::Table);
  Sp last_height = 0;
  for (std::size_t k = piece.first; k < piece.first + piece.count; ++k) {
    frame::Frame& part = table.parts[k];
    last_height = part.height;
    out.place({0, y}, std::move(part), frame::Role::Table);
    y += last_height;
  }
  out.height = y;
  if (piece.first + piece.count < table.parts.size())
    add_continued_rule(out, continuation, y - last_height, last_height);
  return out;
}

void add_repeated_header(frame::Frame& column, const TableContinuation& table, Sp row_y) {
  column.place({0, row_y - table.header.height}, table.header, frame::Role::Table);
}

void add_continued_rule(frame::Frame& column, const TableContinuation& table, Sp row_y, Sp row_height) {
  if (table.foot.height <= 0) return;
  column.add({table.foot_x, row_y + row_height - table.foot.height}, table.foot, frame::Role::Artifact);
}

}  // namespace folio::compose
