#include "flow/column_notes.hpp"

#include <algorithm>

namespace folio::flow {

ColumnNotes::ColumnNotes(const std::vector<FlowInsert>& inserts, const NoteRules& rules, Sp height,
                         const std::vector<PendingInsert>& carried)
    : inserts_(inserts), rules_(rules), height_(height) {
  for (std::size_t i = 0; i < carried.size(); ++i) {
    const PendingInsert& p = carried[i];
    const std::size_t left = inserts_[p.insert].parts.size() - p.next;
    const Sp sep = carried_.pieces.empty() ? rules_.space : rules_.gap;
    // A continued note needs no orphan rule here: any part of it is better than none.
    const std::size_t n =
        fitting(p.insert, p.next, height_ - carried_.height - sep, 1, carried_.pieces.empty());
    if (n > 0) add(carried_, InsertPiece{p.insert, p.next, n});
    if (n < left) {  // the rest waits for the next column, and so does every note after it
      carried_split_ = true;
      carried_.carried.push_back(PendingInsert{p.insert, p.next + n});
      carried_.carried.insert(carried_.carried.end(), carried.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                              carried.end());
      return;
    }
  }
}

Sp ColumnNotes::parts_height(int insert, std::size_t first, std::size_t count) const {
  const std::vector<Sp>& parts = inserts_[insert].parts;
  Sp h = 0;
  for (std::size_t k = first; k < first + count; ++k) h += parts[k];
  return h;
}

std::size_t ColumnNotes::fitting(int insert, std::size_t first, Sp room, std::size_t min_here,
                                 bool forced) const {
  const std::vector<Sp>& parts = inserts_[insert].parts;
  const std::size_t left = parts.size() - first;
  std::size_t n = 0;
  for (Sp used = 0; n < left && used + parts[first + n] <= room; ++n) used += parts[first + n];
  if (n < left) {
    const std::size_t widows = static_cast<std::size_t>(std::max(1, rules_.widows));
    n = left > widows ? std::min(n, left - widows) : 0;  // leave `widows` parts for the next column
    if (n < min_here) n = 0;
  }
  if (n == 0 && forced && left > 0) n = std::max<std::size_t>(1, std::min(left, min_here));
  return n;
}

void ColumnNotes::add(NoteFoot& foot, const InsertPiece& piece) const {
  foot.height += (foot.pieces.empty() ? rules_.space : rules_.gap) +
                 parts_height(piece.insert, piece.first, piece.count);
  foot.pieces.push_back(piece);
}

std::optional<NoteFoot> ColumnNotes::with(Sp text, const std::vector<int>& refs) const {
  NoteFoot foot = carried_;
  if (refs.empty()) return foot;
  if (!foot.carried.empty()) return std::nullopt;  // an earlier note still waits: these cannot start here
  const std::size_t orphans = static_cast<std::size_t>(std::max(1, rules_.orphans));
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const int r = refs[i];
    const std::size_t all = inserts_[r].parts.size();
    const Sp sep = foot.pieces.empty() ? rules_.space : rules_.gap;
    const std::size_t n = fitting(r, 0, height_ - text - foot.height - sep, orphans, false);
    if (n == 0) return std::nullopt;
    add(foot, InsertPiece{r, 0, n});
    if (n < all) {
      if (i + 1 < refs.size()) return std::nullopt;  // a later note would start after its marker's column
      foot.carried.push_back(PendingInsert{r, n});
    }
  }
  return foot;
}

}  // namespace folio::flow
