// Fills one column from a position in the vertical list: the greedy "last legal break that
// fits" rule shared by normal pages and by the balancing search of the last page. A column's
// room is its height less the notes at its foot (column_notes.hpp): the notes carried from the
// column before, and those whose markers fall above the break. Floats (figures) that waited for
// a column's top go first; a float that does not fit under the text waits for the next column.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

#include "flow/column_notes.hpp"
#include "flow/vertical_list.hpp"

namespace folio::flow {

constexpr Sp kNoThreshold = std::numeric_limits<Sp>::max();

struct ColumnFill {
  std::size_t begin = 0;  // first item placed (leading glue and penalties discarded)
  std::size_t end = 0;    // the chosen break: the next column starts here (items.size() at the end)
  Sp used = 0;            // height down to the foot of the last box before the break
  bool overfull = false;  // no legal break fitted: broke at the first one past the foot
  // The smallest column height that would change this fill (the height of the first break that
  // did not fit); kNoThreshold when the column took everything up to a forced break or the end.
  // Every height below it yields the same fill, which lets balancing skip useless tries.
  Sp threshold = kNoThreshold;
  // The fill depends on where the list ends: it took everything to the end (which acts as a
  // forced break), or found nothing that fits before it. Otherwise it read no item past the one
  // where it stopped (a forced break, the first break that did not fit) or, when that is the end,
  // would stop at the next break, which cannot fit either: the same fill, its threshold aside,
  // comes out of any longer list with these items first.
  bool reached_end = false;
  NoteFoot foot;            // the notes at the column's foot, and those that go on
  std::vector<int> floats;  // the PageTop inserts in [begin, end): for the next page's top
  std::vector<std::size_t> tops;      // the floating boxes (item indices) set at its top, in order
  std::vector<std::size_t> deferred;  // floating boxes that wait for the next column's top, in order
};

// What a column fill needs besides the list position: the inserts, how notes are set, and the
// notes carried from the column before.
struct FillContext {
  const VerticalList& list;
  NoteRules notes;
  std::vector<PendingInsert> carried;
  Sp full = 0;  // a whole column's height on this page (0: the height filled); text that does not
                // fit a column made shorter (by wide blocks above it) waits for a whole one
  std::vector<std::size_t> tops;  // floating boxes waiting for this column's top (a ColumnFill's deferred)
};

// True when a break is legal at items[i]: a Glue directly after a Box, or a Penalty < kNever.
bool is_legal_break(const FlowItems& items, std::size_t i);

// The first position at or after `pos` holding a Box or an Insert (Glue, Penalty and Snap at a
// column top are dropped), or items.size().
std::size_t skip_discardable(const FlowItems& items, std::size_t pos);

// The column's height after `item` from height `y`; `starts_column`: the item is the column's
// first box, whose repeat material goes above it.
Sp advance(const FlowItem& item, Sp y, bool starts_column);

// The glue right before items[i] (0 if none): the space above a float, which goes with it when
// the float waits for another column.
Sp glue_before(const FlowItems& items, std::size_t i);

// Fills a column of `height` starting at `pos`. Takes at least one Box whenever one remains,
// unless the carried notes need the room or the column is shorter than a whole one (then the
// notes or the wide blocks above make progress).
ColumnFill fill_column(const FillContext& cx, std::size_t pos, Sp height);
// A list without inserts.
ColumnFill fill_column(const std::vector<FlowItem>& items, std::size_t pos, Sp height);

}  // namespace folio::flow
