// Puts what composition has set on pages: the masthead on page 1, each galley block where
// pagination placed it (in a region per column), the column rules and the furniture; lists the
// outline and builds the font table. Placing only moves frames; nothing is copied.
//
// A page is a frame of regions, in paint order: "masthead" and "contents" (page 1), "top" (the
// wide tables pagination put above the columns, which then start lower), "col1" ... "colN" (each
// with its notes at its foot), the column rules, "footer" and "header".
#pragma once

#include "compose/context.hpp"
#include "compose/galley.hpp"
#include "compose/masthead.hpp"
#include "flow/paginator.hpp"
#include "font/font_db.hpp"
#include "frame/paged_doc.hpp"
#include "input/document.hpp"

namespace folio::compose {

// Where the columns of a page start: below the masthead on page 1, at the top margin after.
inline Sp columns_top(const style::PageTemplate& layout, int page, Sp masthead_height) {
  return page == 0 ? masthead_height : layout.margins.top;
}

frame::PagedDoc assemble_pages(Masthead masthead, Galley galley, const flow::FlowResult& flowed,
                               const input::FrontMatter& meta, const Context& cx, const font::FontDb& fonts);

}  // namespace folio::compose
