// What every page carries besides its text: the footer (every page), the header (from page 2)
// and the rules between columns. All of it is furniture (frame::Role::Artifact), set per page
// once the page count is known.
#pragma once

#include <vector>

#include "compose/context.hpp"
#include "frame/frame.hpp"
#include "input/document.hpp"

namespace folio::compose {

// The footer or header region of page `page` (0-based) of `pages`, from the page's top-left
// corner: its left, centre and right templates on one baseline, and its rule. Empty when the
// layout gives it no template.
frame::Frame set_footer(const input::FrontMatter& meta, int page, int pages, const Context& cx);
frame::Frame set_header(const input::FrontMatter& meta, int page, int pages, const Context& cx);

// A rule down the middle of each gutter, as long as the shorter of the two columns beside it,
// from `top`: `heights` holds each column's used height.
void add_column_rules(frame::Frame& page, const std::vector<Sp>& heights, Sp top, const style::PageTemplate& layout);

}  // namespace folio::compose
