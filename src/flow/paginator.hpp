// Distributes a vertical list (lines, spaces, penalties) into columns and pages: keeps
// headings with what follows, never leaves a widow or orphan, sets footnotes at the foot of the
// column that refers to them and wide blocks at the top of a page, and balances the columns of
// the last page. Knows nothing of text: it sees heights and penalties only.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "common/units.hpp"
#include "flow/column_notes.hpp"
#include "flow/geometry.hpp"
#include "flow/vertical_list.hpp"

namespace folio::flow {

struct Placement {
  int payload = -1;
  int page = 0;
  int column = 0;
  Sp y = 0;             // top of the box below the column's top edge
  bool repeat = false;  // the box starts a column: its repeat material is drawn above it, at y - repeat
};

// A piece of an insert where it is set: parts [first, first + count) of inserts[insert].
struct InsertPlacement {
  int insert = -1;
  std::size_t first = 0, count = 0;
  int page = 0;
  int column = -1;  // a note's column; -1: the page's top region
  Sp y = 0;         // top of the piece: below the column's top edge (a note), or below the top of
                    // the page's top region (a wide block; its repeat material first)
};

struct FlowResult {
  std::vector<Placement> placements;  // one per Box, in list order
  int pages = 0;
  // Per page, the height used in each column (for balancing checks and column rules); a column
  // with notes is used down to its foot.
  std::vector<std::vector<Sp>> column_heights;
  std::vector<InsertPlacement> inserts;  // notes and wide blocks, page by page
  std::vector<Sp> page_top;              // per page: how much lower the columns start (wide blocks)
};

// One page's share of a FlowResult.
struct PageFlow {
  int page = 0;
  std::vector<Placement> placements;     // as FlowResult::placements, this page's
  std::vector<InsertPlacement> inserts;  // as FlowResult::inserts, this page's
  std::vector<Sp> column_heights;        // as FlowResult::column_heights[page]
  Sp top = 0;                            // as FlowResult::page_top[page]
};

// Paginates one page at a time, from a list that may still be growing: the caller appends items
// and inserts to the list as it sets the body (never changing or removing what is there), asks
// for the next page, and hands each page on as soon as it comes. The pages are those `paginate`
// gives on the complete list, exactly.
//
// When a page is final. Every choice made for a page is a function of the state the page before
// left (list position, notes carried, wide blocks and floats waiting) and of the list's items.
// The page is returned from a growing list only when none of its choices depends on where the
// list ends, so the complete list yields the same choices:
// - its top region holds the wide blocks whose Insert items come before its first Box or note:
//   settled once a Box or a ColumnFoot Insert follows them;
// - each column's fill reads the list up to a forced break or the first legal break that does not
//   fit, and no further (a note or wide block comes in with its Insert item, before the break).
//   It is settled once that item is in the list, or when the list's end is itself that misfit
//   and a break before it fitted: heights only grow and notes only add, so the next break cannot
//   fit either (ColumnFill::reached_end);
// - whether it is the last page, which is balanced: it is when the rest of the list fits on it at
//   full height (page_fit). The fills of that test are settled on the same terms; when one of
//   them is overfull or passes a wide block, or something is left after them (a Box, an Insert,
//   a note carried, a float waiting), no appended item can undo that and the page is not the last.
//   Otherwise (all of the list fits so far) it may be the last: it waits (PageFit::Open), so a
//   list that would fit one balanced page never yields it until the list is complete.
// This needs no monotony of "fits" beyond the one the fill's own stop relies on: a settled fill is
// the same fill on any longer list, whatever it found. There is no margin either: on plain lines a
// page comes with the first box that cannot fit its last column. Pages still wait where the list
// ends inside a run kept together, in wide blocks, or just after a forced break.
//
// Cost: an attempt, failed or not, fills the page's columns at most twice (the last-page test and
// the page itself), each fill reading at most from where it starts to the list's end: what
// `paginate` spends on a page. Call after about a page's worth of new material, and again while
// pages come.
class Paginator {
 public:
  explicit Paginator(Geometry geometry);

  // The next page laid out from `list`, when it is final (above). With `complete` false, nullopt
  // means "append more"; with `complete` true, every remaining page in turn, then nullopt (page 0
  // always exists, even of an empty list).
  std::optional<PageFlow> next_page(const VerticalList& list, bool complete);

  int pages() const { return page_; }  // pages returned so far
  // Every Box before this index has its Placement in a page already returned (a float waiting for
  // a later column holds it back), so the caller may free what those boxes' payloads name once it
  // has set their pages. The list itself stays whole: the paginator addresses items and inserts
  // by index. An Insert item before it may name an insert not yet fully set (a note going on to
  // the next column, a wide block waiting for a page top, a wide block's notes): an insert is done
  // when a returned InsertPlacement holds its last part (first + count == parts.size()).
  std::size_t position() const;
  // The items before this index are never read again: the list may drop them
  // (FlowItems::drop_before). The glue before a float waiting at position() is still read.
  std::size_t droppable() const { return position() > 0 ? position() - 1 : 0; }

 private:
  Geometry geometry_;
  std::size_t pos_ = 0;                 // where the next page's columns go on
  std::vector<PendingInsert> carried_;  // notes going on to the next column's foot
  std::vector<PendingInsert> waiting_;  // wide blocks waiting for a page top
  std::vector<std::size_t> tops_;       // floats waiting for a column top
  int page_ = 0;
};

// Fills each column with as much as fits, breaking at the last legal break that fits (a
// negative penalty wins over a later break only when it is <= kForce). A box taller than a
// whole column is placed alone (overfull) rather than looping forever. When everything left fits on the current page, its
// columns are balanced: the smallest height (a multiple of `step`) at which the rest fits in
// `columns` columns without a forbidden break, notes included. A Paginator fed the whole list.
FlowResult paginate(const VerticalList& list, const Geometry& geometry);
FlowResult paginate(const std::vector<FlowItem>& items, const Geometry& geometry);  // no inserts

}  // namespace folio::flow
