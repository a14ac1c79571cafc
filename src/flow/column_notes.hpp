// The notes at the foot of one column (footnotes: ColumnFoot inserts). The notes carried from
// the column before come first, then the notes whose markers the column holds, in order; a
// note that does not fit whole is split between its parts, leaving at least `orphans` parts in
// this column and `widows` for the next, or its marker's line must move on (LaTeX's rule).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "flow/vertical_list.hpp"

namespace folio::flow {

// How notes are set at a column foot.
struct NoteRules {
  Sp space = 0;     // above a column's notes: the space and the rule between them and the text
  Sp gap = 0;       // between two notes
  int orphans = 2;  // parts of a split note that stay in the first column
  int widows = 2;   // parts that go on together to the next
};

// What is left of an insert waiting for its place (a note for a column foot, a wide block for a
// page top): inserts[insert] from part `next`.
struct PendingInsert {
  int insert = -1;
  std::size_t next = 0;
  bool operator==(const PendingInsert& o) const { return insert == o.insert && next == o.next; }
};

// Parts [first, first + count) of inserts[insert], set in one place.
struct InsertPiece {
  int insert = -1;
  std::size_t first = 0, count = 0;
};

// What a column's foot holds and what goes on to the next column's foot.
struct NoteFoot {
  std::vector<InsertPiece> pieces;
  Sp height = 0;  // from the top of the space above the notes to the column's foot; 0: no notes
  std::vector<PendingInsert> carried;
};

// Lays out the foot of one column of `height`: the carried notes at once (they take what they
// need, the whole column if they must), then for each candidate break the notes referred to
// above it.
class ColumnNotes {
 public:
  ColumnNotes(const std::vector<FlowInsert>& inserts, const NoteRules& rules, Sp height,
              const std::vector<PendingInsert>& carried);

  // The carried notes alone (what the foot holds when the column takes no text).
  const NoteFoot& carried_foot() const { return carried_; }
  // The foot when the column's text is `text` high and refers to the notes `refs` (insert
  // indices, in order of their markers); none when a note cannot start in this column (it
  // would leave fewer than `orphans` parts here, or another note is still waiting).
  std::optional<NoteFoot> with(Sp text, const std::vector<int>& refs) const;
  // Whether the foot depends on the column's height beyond what fits or not: a note is split.
  bool splits(const NoteFoot& foot) const { return !foot.carried.empty() || carried_split_; }

 private:
  Sp parts_height(int insert, std::size_t first, std::size_t count) const;
  // The number of parts of `insert` from `first` that fit in `room`, within the split rules
  // when not all fit (`forced`: at least one part, so that the notes make progress).
  std::size_t fitting(int insert, std::size_t first, Sp room, std::size_t min_here, bool forced) const;
  void add(NoteFoot& foot, const InsertPiece& piece) const;

  const std::vector<FlowInsert>& inserts_;
  NoteRules rules_;
  Sp height_;
  NoteFoot carried_;
  bool carried_split_ = false;
};

}  // namespace folio::flow
