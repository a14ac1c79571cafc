// Puts what composition has set on pages, one page at a time as pagination finishes it: each
// galley block where pagination placed it (in a region per column), the notes, wide blocks,
// column rules and furniture; the masthead on page 1, which is made last (its contents list
// needs every page number). Placing only moves frames out of the galley; nothing is copied, and
// the galley drops the blocks pages have taken. Each page goes to a frame::PageSink as soon as
// it is assembled; the outline, font and picture tables grow with the pages.
//
// A page is a frame of regions, in paint order: "masthead" and "contents" (page 1), "top" (the
// wide tables pagination put above the columns, which then start lower), "col1" ... "colN" (each
// with its notes at its foot), the column rules, "footer" and "header".
#pragma once

#include <vector>

#include "compose/contents.hpp"
#include "compose/context.hpp"
#include "compose/font_table.hpp"
#include "compose/galley.hpp"
#include "compose/image_table.hpp"
#include "compose/masthead.hpp"
#include "flow/paginator.hpp"
#include "font/font_db.hpp"
#include "frame/page_sink.hpp"
#include "frame/paged_doc.hpp"
#include "input/document.hpp"

namespace folio::compose {

// Where the columns of a page start: below the masthead on page 1, at the top margin after.
inline Sp columns_top(const style::PageTemplate& layout, int page, Sp masthead_height) {
  return page == 0 ? masthead_height : layout.margins.top;
}

class PageAssembler {
 public:
  // `masthead`: page 1's masthead as set before pagination (its height, and its fonts first in
  // the font table; the final one, with page numbers, is as high).
  PageAssembler(const Context& cx, const input::FrontMatter& meta, const font::FontDb& fonts,
                const Masthead& masthead, frame::PageSink& sink);

  // Assembles page `flowed.page` from the galley and hands it to the sink (page 1 waits for
  // finish()).
  void add(const flow::PageFlow& flowed, Galley& galley);
  // The page (1-based) each heading was set on, by its index in the document's headings; 0 for a
  // heading not on the pages added so far.
  const std::vector<int>& heading_pages() const { return heading_pages_; }
  // Hands page 1 to the sink under `masthead` (set with the contents' page numbers; as high as
  // the one given first), then the furniture that shows the page count; returns the document
  // without its pages: size, fonts, pictures, outline.
  frame::PagedDoc finish(int pages, Masthead masthead);

 private:
  frame::Frame assemble(const flow::PageFlow& flowed, Galley& galley);
  // Lists the fonts and pictures `part` shows not listed yet.
  void list(const frame::Frame& part);
  // Hands the sink `part` of page `index`, its fonts and pictures listed first.
  void give(std::size_t index, frame::Frame part);

  const Context& cx_;
  const input::FrontMatter& meta_;
  frame::PageSink& sink_;
  Sp masthead_height_ = 0;
  bool count_in_furniture_ = false;  // the header or footer shows {pages}: set once it is known
  FontTable fonts_;
  ImageTable images_;
  std::vector<frame::OutlineEntry> outline_;
  std::vector<int> heading_pages_;
  frame::Frame first_page_;  // page 1 without its masthead, until finish()
};

}  // namespace folio::compose
