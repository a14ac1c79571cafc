#include "flow/page_top.hpp"

#include <algorithm>

namespace folio::flow {

TopRegion place_top(const std::vector<FlowInsert>& inserts, const std::vector<PendingInsert>& pending,
                    Sp room, const TopRules& rules) {
  TopRegion top;
  Sp y = 0;
  for (std::size_t i = 0; i < pending.size(); ++i) {
    const PendingInsert& p = pending[i];
    const FlowInsert& block = inserts[static_cast<std::size_t>(p.insert)];
    const std::size_t left = block.parts.size() - p.next;
    const Sp top_y = top.pieces.empty() ? 0 : y + rules.space;
    std::size_t n = 0;
    for (Sp h = top_y + block.repeat; n < left && h + block.parts[p.next + n] <= room; ++n)
      h += block.parts[p.next + n];
    if (n < left) {
      const std::size_t widows = static_cast<std::size_t>(std::max({1, rules.widows, block.keep}));
      n = left > widows ? std::min(n, left - widows) : 0;
      if (n < static_cast<std::size_t>(std::max({1, rules.orphans, block.keep}))) n = 0;
      // Alone at the top of a page it must make progress, even a row taller than the page.
      if (n == 0 && top.pieces.empty()) n = 1;
    }
    if (n > 0) {
      top.pieces.push_back(InsertPiece{p.insert, p.next, n});
      top.ys.push_back(top_y);
      y = top_y + block.repeat;
      for (std::size_t k = p.next; k < p.next + n; ++k) y += block.parts[k];
      if (p.next == 0) top.notes.insert(top.notes.end(), block.notes.begin(), block.notes.end());
    }
    if (n < left) {
      top.waiting.push_back(PendingInsert{p.insert, p.next + n});
      top.waiting.insert(top.waiting.end(), pending.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                         pending.end());
      break;
    }
  }
  if (!top.pieces.empty()) {
    const Sp below = y + rules.space;
    top.reserved = rules.step > 0 ? (below + rules.step - 1) / rules.step * rules.step : below;
    top.reserved = std::min(top.reserved, std::max(room, y));
  }
  return top;
}

}  // namespace folio::flow
