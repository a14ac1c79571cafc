// The vertical list the paginator breaks: boxes (lines, blocks), glue (space) and penalties,
// as TeX's vertical mode sees them, and the inserts that leave the flow (footnotes, wide
// blocks). Knows nothing of what a box holds: the caller's payload says.
#pragma once

#include <vector>

#include "common/numbered_deque.hpp"
#include "common/units.hpp"

namespace folio::flow {

constexpr int kNever = 10000;    // a penalty >= this forbids a break
constexpr int kForce = -10000;   // a penalty <= this forces a column break
// A break forbidden only by keep-with-next (a heading kept with what follows): like kNever, but
// where a run kept so cannot fit even a whole column (3,000 headings in a row), it gives way at
// the last such break that fits rather than run past the column's foot.
constexpr int kKeep = kNever + 1;

struct FlowItem {
  enum class Type {
    Box,
    Glue,
    Penalty,
    Snap,    // rounds the column's height so far up to a multiple of `height`: after a table whose
             // rows are off the baseline grid, the text below lands back on it
    Insert,  // material that leaves the flow here: the list's inserts[payload]
  };
  Type type = Type::Box;
  Sp height = 0;     // Box: the height it occupies; Glue: space (dropped at a column top or foot); Snap: the step
  int penalty = 0;   // Penalty: cost of breaking here
  int payload = -1;  // Box: the caller's index for what this box is (a line, a heading block); Insert: its index
  Sp repeat = 0;     // Box: material drawn above it when it starts a column (a table's header row)
  // Box: a float (a figure). When it does not fit under what its column already holds, it goes
  // to the top of the next column, and the text after it fills this one meanwhile.
  bool floats = false;

  static FlowItem box(Sp h, int payload, Sp repeat = 0) { return FlowItem{Type::Box, h, 0, payload, repeat, false}; }
  static FlowItem float_box(Sp h, int payload) { return FlowItem{Type::Box, h, 0, payload, 0, true}; }
  static FlowItem glue(Sp h) { return FlowItem{Type::Glue, h, 0, -1, 0, false}; }
  static FlowItem penalty_item(int p) { return FlowItem{Type::Penalty, 0, p, -1, 0, false}; }
  static FlowItem snap(Sp step) { return FlowItem{Type::Snap, step, 0, -1, 0, false}; }
  static FlowItem insert(int index) { return FlowItem{Type::Insert, 0, 0, index, 0, false}; }
};

// Material set outside the column flow, as TeX's inserts are: a footnote at the foot of the
// column where its Insert item falls (an Insert directly after the box of the line that holds
// the note's marker), or a wide block across the columns at the top of a page: the page where
// its Insert falls if nothing of that page is set yet, else the next. Either may break between
// its parts across columns or pages.
struct FlowInsert {
  enum class Place { ColumnFoot, PageTop };
  Place place = Place::ColumnFoot;
  std::vector<Sp> parts;  // heights, in order: a note's lines, a wide table's rows
  Sp repeat = 0;          // PageTop: drawn above each of its pieces (a wide table's header row)
  std::vector<int> notes;  // PageTop: the ColumnFoot inserts its parts refer to; they go to the
                           // foot of the first column of the page where it starts
  int keep = 0;            // PageTop: the fewest parts on either side of a break, when more than
                           // the geometry's orphans and widows (a table's rows)
  int payload = -1;        // the caller's index for what it is
};

// The list's items, numbered from 0 in the order they were appended. Those before a point
// pagination will not read again (flow::Paginator::droppable) can be dropped.
using FlowItems = NumberedDeque<FlowItem>;

struct VerticalList {
  FlowItems items;
  std::vector<FlowInsert> inserts;  // named by Insert items
};

// Breaks are legal at a Glue directly after a Box (Inserts and Snaps between them do not count),
// and at a Penalty below kNever (its height is 0). Material after a break starts at the next
// column's top with leading Glue, Penalties and Snaps discarded.

}  // namespace folio::flow
