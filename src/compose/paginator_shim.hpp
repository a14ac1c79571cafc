// TEMPORARY until s-flow lands: whole-list pagination behind the incremental interface.
#pragma once
#include <optional>
#include "flow/paginator.hpp"
namespace folio::flow {
struct PageFlow {
  int page = 0;
  std::vector<Placement> placements;
  std::vector<InsertPlacement> inserts;
  std::vector<Sp> column_heights;
  Sp top = 0;
};
class Paginator {
 public:
  explicit Paginator(Geometry g) : g_(std::move(g)) {}
  std::optional<PageFlow> next_page(const VerticalList& list, bool complete) {
    if (!complete) return std::nullopt;
    if (!done_) { r_ = paginate(list, g_); done_ = true; }
    if (next_ >= r_.pages) return std::nullopt;
    PageFlow pf; pf.page = next_;
    for (auto& p : r_.placements) if (p.page == next_) pf.placements.push_back(p);
    for (auto& p : r_.inserts) if (p.page == next_) pf.inserts.push_back(p);
    pf.column_heights = r_.column_heights[next_];
    pf.top = r_.page_top[next_];
    ++next_;
    return pf;
  }
  int pages() const { return next_; }
 private:
  Geometry g_; FlowResult r_; bool done_ = false; int next_ = 0;
};
}
