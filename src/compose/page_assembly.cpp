#include "compose/page_assembly.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "compose/font_table.hpp"
#include "compose/furniture.hpp"
#include "compose/insert_assembly.hpp"
#include "compose/page_geometry.hpp"

namespace folio::compose {
namespace {

// Where page `p`'s columns start: below the masthead (page 1) or the top margin, and below the
// page's wide blocks.
Sp columns_start(const style::PageTemplate& layout, const flow::FlowResult& flowed, int p, Sp masthead_height) {
  const Sp blocks = p < static_cast<int>(flowed.page_top.size()) ? flowed.page_top[p] : 0;
  return columns_top(layout, p, masthead_height) + blocks;
}

// Each column of each page, empty, as a region: blocks are placed in it from its top.
std::vector<std::vector<frame::Frame>> empty_columns(int pages, Sp masthead_height, const style::PageTemplate& page,
                                                     const flow::FlowResult& flowed) {
  std::vector<std::vector<frame::Frame>> columns(pages, std::vector<frame::Frame>(page.columns));
  for (int p = 0; p < pages; ++p)
    for (int c = 0; c < page.columns; ++c) {
      frame::Frame& column = columns[p][c];
      column.region = "col" + std::to_string(c + 1);
      column.width = page.column_width();
      column.height = page.height - page.margins.bottom - columns_start(page, flowed, p, masthead_height);
    }
  return columns;
}

// Room for each column's items, counted before any is placed: a long issue has hundreds of
// columns, and vectors grown by doubling held a quarter more than their items, for as long as
// the pages live (through the PDF writer). One item per box placed there, its repeated table
// header, and its notes; 2 for a note rule and a table's continued rule.
void reserve_items(std::vector<std::vector<frame::Frame>>& columns, const flow::FlowResult& flowed) {
  std::vector<std::vector<std::size_t>> count(columns.size());
  for (std::size_t p = 0; p < columns.size(); ++p) count[p].assign(columns[p].size(), 2);
  for (const flow::Placement& pl : flowed.placements) count[pl.page][pl.column] += pl.repeat ? 2 : 1;
  for (const flow::InsertPlacement& piece : flowed.inserts)
    if (piece.column >= 0) ++count[piece.page][piece.column];
  for (std::size_t p = 0; p < columns.size(); ++p)
    for (std::size_t c = 0; c < columns[p].size(); ++c) columns[p][c].items.reserve(count[p][c]);
}

// The region above page `p`'s columns that holds its wide blocks; empty when it has none.
frame::Frame top_region(const style::PageTemplate& layout, const flow::FlowResult& flowed, int p) {
  frame::Frame top;
  top.region = "top";
  top.width = text_width(layout);
  top.height = p < static_cast<int>(flowed.page_top.size()) ? flowed.page_top[p] : 0;
  return top;
}

// Whether the placement after `i` is in another column (or there is none).
bool last_in_column(const std::vector<flow::Placement>& placements, std::size_t i) {
  return i + 1 == placements.size() || placements[i + 1].page != placements[i].page ||
         placements[i + 1].column != placements[i].column;
}

}  // namespace

frame::PagedDoc assemble_pages(Masthead masthead, Galley galley, const flow::FlowResult& flowed,
                               const input::FrontMatter& meta, const Context& cx, const font::FontDb& fonts) {
  const style::PageTemplate& layout = cx.page;
  const int pages = std::max(1, flowed.pages);
  frame::PagedDoc out;
  out.width = layout.width;
  out.height = layout.height;

  // Fonts are numbered in the order they are first placed: masthead, body (with its notes and
  // wide tables, page by page), furniture.
  FontTable font_table(fonts);
  font_table.add(masthead.frame);
  std::vector<std::vector<frame::Frame>> columns = empty_columns(pages, masthead.height, layout, flowed);
  reserve_items(columns, flowed);
  std::vector<frame::Frame> tops;
  for (int p = 0; p < pages; ++p) tops.push_back(top_region(layout, flowed, p));
  for (const flow::InsertPlacement& piece : flowed.inserts) {
    if (piece.column >= 0) continue;
    // A wide figure is one part, stacked as a note's parts are.
    frame::Frame set = galley.inserts[piece.insert].table >= 0 ? table_piece(galley, piece) : note_piece(galley, piece);
    font_table.add(set);
    tops[piece.page].place({0, piece.y}, std::move(set), galley.inserts[piece.insert].role);
  }

  for (std::size_t i = 0; i < flowed.placements.size(); ++i) {
    const flow::Placement& pl = flowed.placements[i];
    GalleyBlock& block = galley.blocks[pl.payload];
    frame::Frame& column = columns[pl.page][pl.column];
    font_table.add(block.frame);
    if (block.outline)
      out.outline.push_back(frame::OutlineEntry{*block.outline, frame::heading_level(block.role), pl.page,
                                                columns_start(layout, flowed, pl.page, masthead.height) + pl.y});
    const TableContinuation* table =
        block.table >= 0 ? &galley.tables[static_cast<std::size_t>(block.table)] : nullptr;
    if (table && pl.repeat) add_repeated_header(column, *table, pl.y);
    // A table that goes on in the next column: its piece here is closed by the bottom rule.
    const bool continues = table && static_cast<std::size_t>(pl.payload) + 1 < galley.blocks.size() &&
                           galley.blocks[static_cast<std::size_t>(pl.payload) + 1].table == block.table;
    if (continues && last_in_column(flowed.placements, i)) add_continued_rule(column, *table, pl.y, block.frame.height);
    column.place({0, pl.y}, std::move(block.frame), block.role);
  }

  // Notes at the foot of their column, under the footnote rule.
  std::vector<std::vector<bool>> ruled(pages, std::vector<bool>(layout.columns, false));
  for (const flow::InsertPlacement& piece : flowed.inserts) {
    if (piece.column < 0) continue;
    frame::Frame& column = columns[piece.page][piece.column];
    if (!ruled[piece.page][piece.column]) add_note_rule(column, piece.y, cx.sheet.footnotes);
    ruled[piece.page][piece.column] = true;
    frame::Frame note = note_piece(galley, piece);
    font_table.add(note);
    column.place({0, piece.y}, std::move(note), galley.inserts[piece.insert].role);
  }

  for (int p = 0; p < pages; ++p) {
    const Sp top = columns_start(layout, flowed, p, masthead.height);
    frame::Frame page;
    page.width = layout.width;
    page.height = layout.height;
    if (p == 0) page.place({0, 0}, std::move(masthead.frame));
    if (!tops[p].items.empty()) page.place({layout.margins.left, columns_top(layout, p, masthead.height)}, std::move(tops[p]));
    for (int c = 0; c < layout.columns; ++c) page.place({column_x(layout, c), top}, std::move(columns[p][c]));
    if (p < static_cast<int>(flowed.column_heights.size()))
      add_column_rules(page, flowed.column_heights[p], top, layout);
    frame::Frame footer = set_footer(meta, p, pages, cx);
    font_table.add(footer);
    page.place({0, 0}, std::move(footer), frame::Role::Artifact);
    if (p > 0) {
      frame::Frame header = set_header(meta, p, pages, cx);
      font_table.add(header);
      page.place({0, 0}, std::move(header), frame::Role::Artifact);
    }
    out.pages.push_back(std::move(page));
  }
  out.fonts = std::move(font_table).refs();
  return out;
}

}  // namespace folio::compose
