#include "compose/page_assembly.hpp"

#include <string>
#include <vector>

#include "compose/furniture.hpp"
#include "compose/insert_assembly.hpp"
#include "compose/page_geometry.hpp"

namespace folio::compose {
namespace {

// Where page `p`'s columns start: below the masthead (page 1) or the top margin, and below the
// page's wide blocks.
Sp columns_start(const style::PageTemplate& layout, const flow::PageFlow& flowed, Sp masthead_height) {
  return columns_top(layout, flowed.page, masthead_height) + flowed.top;
}

// Each column of the page, empty, as a region: blocks are placed in it from its top. Room for
// its items is counted first (a long issue's columns held a quarter more than their items when
// vectors grew by doubling): one per box placed there, its repeated table header, its notes, and
// 2 for a note rule and a table's continued rule.
std::vector<frame::Frame> empty_columns(const style::PageTemplate& page, const flow::PageFlow& flowed,
                                        Sp masthead_height) {
  std::vector<frame::Frame> columns(static_cast<std::size_t>(page.columns));
  std::vector<std::size_t> count(columns.size(), 2);
  for (const flow::Placement& pl : flowed.placements) count[pl.column] += pl.repeat ? 2 : 1;
  for (const flow::InsertPlacement& piece : flowed.inserts)
    if (piece.column >= 0) ++count[piece.column];
  for (std::size_t c = 0; c < columns.size(); ++c) {
    frame::Frame& column = columns[c];
    column.region = "col" + std::to_string(c + 1);
    column.width = page.column_width();
    column.height = page.height - page.margins.bottom - columns_start(page, flowed, masthead_height);
    column.items.reserve(count[c]);
  }
  return columns;
}

// Whether the placement after `i` is in another column (or there is none on the page).
bool last_in_column(const std::vector<flow::Placement>& placements, std::size_t i) {
  return i + 1 == placements.size() || placements[i + 1].column != placements[i].column;
}

// Whether a header or footer template names the page count: it can be set only once every page is.
bool shows_page_count(const style::Furniture& f) {
  for (const std::string* tpl : {&f.left, &f.center, &f.right}) {
    for (std::size_t at = tpl->find("{pages"); at != std::string::npos; at = tpl->find("{pages", at + 1)) {
      const char next = at + 6 < tpl->size() ? (*tpl)[at + 6] : '\0';
      if (next == '}' || next == '|') return true;
    }
  }
  return false;
}

}  // namespace

PageAssembler::PageAssembler(const Context& cx, const input::FrontMatter& meta, const font::FontDb& fonts,
                             const Masthead& masthead, frame::PageSink& sink)
    : cx_(cx),
      meta_(meta),
      sink_(sink),
      masthead_height_(masthead.height),
      count_in_furniture_(shows_page_count(cx.page.footer) || shows_page_count(cx.page.header)),
      fonts_(fonts),
      images_(*cx.figures) {
  // Fonts are numbered in the order they are first placed: masthead, then page by page.
  fonts_.add(masthead.frame);
}

frame::Frame PageAssembler::assemble(const flow::PageFlow& flowed, Galley& galley) {
  const style::PageTemplate& layout = cx_.page;
  const int p = flowed.page;
  const Sp top = columns_start(layout, flowed, masthead_height_);
  std::vector<frame::Frame> columns = empty_columns(layout, flowed, masthead_height_);

  frame::Frame wide;  // the region above the columns that holds the page's wide blocks
  wide.region = "top";
  wide.width = text_width(layout);
  wide.height = flowed.top;
  for (const flow::InsertPlacement& piece : flowed.inserts) {
    if (piece.column >= 0) continue;
    // A wide figure is one part, stacked as a note's parts are.
    frame::Frame set = galley.inserts[piece.insert].table >= 0 ? table_piece(galley, piece) : note_piece(galley, piece);
    wide.place({0, piece.y}, std::move(set), galley.inserts[piece.insert].role);
  }

  for (std::size_t i = 0; i < flowed.placements.size(); ++i) {
    const flow::Placement& pl = flowed.placements[i];
    const std::size_t index = static_cast<std::size_t>(pl.payload);
    GalleyBlock& block = galley.blocks[index];
    frame::Frame& column = columns[static_cast<std::size_t>(pl.column)];
    if (block.outline)
      outline_.push_back(frame::OutlineEntry{*block.outline, frame::heading_level(block.role), p, top + pl.y});
    if (block.heading >= 0) {
      const std::size_t h = static_cast<std::size_t>(block.heading);
      if (heading_pages_.size() <= h) heading_pages_.resize(h + 1, 0);
      heading_pages_[h] = p + 1;
    }
    const TableContinuation* table =
        block.table >= 0 ? &galley.tables[static_cast<std::size_t>(block.table)] : nullptr;
    if (table && pl.repeat) add_repeated_header(column, *table, pl.y);
    // A table that goes on in the next column: its piece here is closed by the bottom rule.
    // (Pagination has seen past this page, so the next block is in the galley.)
    const bool continues = table && galley.blocks.has(index + 1) && galley.blocks[index + 1].table == block.table;
    if (continues && last_in_column(flowed.placements, i)) add_continued_rule(column, *table, pl.y, block.frame.height);
    column.place({0, pl.y}, std::move(block.frame), block.role);
    block.placed = true;
  }
  galley.blocks.drop_front_while([](const GalleyBlock& b) { return b.placed; });

  // Notes at the foot of their column, under the footnote rule.
  std::vector<bool> ruled(columns.size(), false);
  for (const flow::InsertPlacement& piece : flowed.inserts) {
    if (piece.column < 0) continue;
    frame::Frame& column = columns[static_cast<std::size_t>(piece.column)];
    if (!ruled[static_cast<std::size_t>(piece.column)]) add_note_rule(column, piece.y, cx_.sheet.footnotes);
    ruled[static_cast<std::size_t>(piece.column)] = true;
    column.place({0, piece.y}, note_piece(galley, piece), galley.inserts[piece.insert].role);
  }

  frame::Frame page;
  page.width = layout.width;
  page.height = layout.height;
  if (!wide.items.empty()) page.place({layout.margins.left, columns_top(layout, p, masthead_height_)}, std::move(wide));
  for (int c = 0; c < layout.columns; ++c) page.place({column_x(layout, c), top}, std::move(columns[c]));
  add_column_rules(page, flowed.column_heights, top, layout);
  if (!count_in_furniture_) {
    page.place({0, 0}, set_footer(meta_, p, 0, cx_), frame::Role::Artifact);
    if (p > 0) page.place({0, 0}, set_header(meta_, p, 0, cx_), frame::Role::Artifact);
  }
  return page;
}

void PageAssembler::list(const frame::Frame& part) {
  const frame::Flat flat = frame::flatten(part);  // once for both tables: it walks every run
  fonts_.add(flat);
  images_.add(flat);
}

void PageAssembler::give(std::size_t index, frame::Frame part) {
  list(part);
  sink_.add(index, std::move(part), fonts_.refs(), images_.refs());
}

void PageAssembler::add(const flow::PageFlow& flowed, Galley& galley) {
  frame::Frame page = assemble(flowed, galley);
  if (flowed.page > 0) return give(static_cast<std::size_t>(flowed.page), std::move(page));
  // Page 1's fonts and pictures are listed in their place, before the next page's.
  list(page);
  first_page_ = std::move(page);
}

frame::PagedDoc PageAssembler::finish(int pages, Masthead masthead) {
  frame::Frame first;
  first.width = first_page_.width;
  first.height = first_page_.height;
  first.place({0, 0}, std::move(masthead.frame));
  for (frame::Item& item : first_page_.items) first.items.push_back(std::move(item));
  first_page_ = {};
  give(0, std::move(first));

  if (count_in_furniture_)
    for (int p = 0; p < pages; ++p) {
      frame::Frame furniture;
      furniture.width = cx_.page.width;
      furniture.height = cx_.page.height;
      furniture.place({0, 0}, set_footer(meta_, p, pages, cx_), frame::Role::Artifact);
      if (p > 0) furniture.place({0, 0}, set_header(meta_, p, pages, cx_), frame::Role::Artifact);
      give(static_cast<std::size_t>(p), std::move(furniture));
    }

  frame::PagedDoc out;
  out.width = cx_.page.width;
  out.height = cx_.page.height;
  out.fonts = fonts_.refs();
  out.images = images_.refs();
  out.outline = std::move(outline_);
  return out;
}

}  // namespace folio::compose
