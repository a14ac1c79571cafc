#include "compose/page_assembly.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "compose/font_table.hpp"
#include "compose/furniture.hpp"
#include "compose/page_geometry.hpp"

namespace folio::compose {
namespace {

// Each column of each page, empty, as a region: blocks are placed in it from its top.
std::vector<std::vector<frame::Frame>> empty_columns(int pages, Sp masthead_height, const style::PageTemplate& page) {
  std::vector<std::vector<frame::Frame>> columns(pages, std::vector<frame::Frame>(page.columns));
  for (int p = 0; p < pages; ++p)
    for (int c = 0; c < page.columns; ++c) {
      frame::Frame& column = columns[p][c];
      column.region = "col" + std::to_string(c + 1);
      column.width = page.column_width();
      column.height = page.height - page.margins.bottom - columns_top(page, p, masthead_height);
    }
  return columns;
}

}  // namespace

frame::PagedDoc assemble_pages(Masthead masthead, Galley galley, const flow::FlowResult& flowed,
                               const input::FrontMatter& meta, const Context& cx, const font::FontDb& fonts) {
  const style::PageTemplate& layout = cx.page;
  const int pages = std::max(1, flowed.pages);
  frame::PagedDoc out;
  out.width = layout.width;
  out.height = layout.height;

  // Fonts are numbered in the order they are first placed: masthead, body, furniture.
  FontTable font_table(fonts);
  font_table.add(masthead.frame);
  std::vector<std::vector<frame::Frame>> columns = empty_columns(pages, masthead.height, layout);
  for (const flow::Placement& pl : flowed.placements) {
    GalleyBlock& block = galley.blocks[pl.payload];
    font_table.add(block.frame);
    if (block.outline)
      out.outline.push_back(frame::OutlineEntry{*block.outline, frame::heading_level(block.role), pl.page,
                                                columns_top(layout, pl.page, masthead.height) + pl.y});
    columns[pl.page][pl.column].place({0, pl.y}, std::move(block.frame), block.role);
  }

  for (int p = 0; p < pages; ++p) {
    const Sp top = columns_top(layout, p, masthead.height);
    frame::Frame page;
    page.width = layout.width;
    page.height = layout.height;
    if (p == 0) page.place({0, 0}, std::move(masthead.frame));
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
