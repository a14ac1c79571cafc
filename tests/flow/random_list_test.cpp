// Invariants on pseudo-random lists (fixed seed): every box placed once and in order, no
// forbidden break taken, no empty page, and last-page balancing equal to a naive search that
// re-runs the fill at every grid height.
#include <gtest/gtest.h>

#include <random>

#include "flow/paginator.hpp"
#include "flow_builder.hpp"

namespace folio::flow {
namespace {

using testing::kLine;
using testing::ListBuilder;
using testing::uniform;

struct Case {
  std::vector<FlowItem> items;
  Geometry geometry;
  Sp full = 0;
};

Case make_case(std::mt19937& rng) {
  auto pick = [&rng](int lo, int hi) { return lo + static_cast<int>(rng() % (hi - lo + 1)); };
  ListBuilder b;
  const int blocks = pick(1, 40);
  const Sp between = pick(0, 1) ? pt(6) : 0;
  for (int i = 0; i < blocks; ++i) {
    if (i > 0) b.glue(between);
    const int kind = pick(0, 9);
    if (kind == 0) {
      b.heading(pt(pick(0, 12)), pick(1, 2));
      b.paragraph(pick(2, 6));
    } else if (kind == 1) {
      b.penalty(kForce);
    } else {
      b.paragraph(pick(1, 8));
    }
  }
  Case c;
  c.items = b.items();
  c.full = kLine * pick(10, 30);
  c.geometry = uniform(pick(1, 3), c.full, pick(0, 1) ? kLine : 0);
  return c;
}

// Naive reference: the smallest lattice height at which `sub` fits in `columns` columns of
// one page, none overfull (or `full` when none does).
Sp naive_height(const std::vector<FlowItem>& sub, int columns, Sp full, Sp step) {
  Sp boxes = 0;
  for (const FlowItem& it : sub) {
    if (it.type == FlowItem::Type::Box) boxes += it.height;
  }
  Sp h = (boxes + columns - 1) / columns;
  if (step > 0) h = (h + step - 1) / step * step;
  for (; h<full; h += step> 0 ? step : pt(1)) {
    const FlowResult r = paginate(sub, uniform(columns, h, 0, false));
    bool ok = r.pages == 1;
    for (Sp used : r.column_heights[0]) ok = ok && used <= h;
    if (ok) return h;
  }
  return full;
}

// Naive reference for the last page: each column, in turn, gets the smallest height at which
// what is left fits in the columns still to fill.
std::vector<Sp> naive_balance(const std::vector<FlowItem>& sub, int columns, Sp full, Sp step) {
  std::vector<Sp> heights;
  std::vector<FlowItem> rest = sub;
  for (int c = 0; c < columns; ++c) {
    const FlowResult one = paginate(rest, uniform(1, naive_height(rest, columns - c, full, step), 0, false));
    heights.push_back(one.column_heights[0][0]);
    // Drop what this column took: everything up to its last box.
    std::size_t boxes = 0;
    for (const Placement& p : one.placements) boxes += p.page == 0 ? 1 : 0;
    std::size_t cut = 0;
    for (std::size_t seen = 0; cut < rest.size() && seen < boxes; ++cut)
      if (rest[cut].type == FlowItem::Type::Box) ++seen;
    rest.erase(rest.begin(), rest.begin() + static_cast<long>(cut));
  }
  return heights;
}

TEST(RandomLists, InvariantsAndBalancingMatchNaiveSearch) {
  std::mt19937 rng(20240611);
  for (int round = 0; round < 300; ++round) {
    SCOPED_TRACE(round);
    const Case c = make_case(rng);
    const int columns = c.geometry.columns;
    const FlowResult r = paginate(c.items, c.geometry);

    std::vector<std::size_t> box_index;  // payload -> item index
    for (std::size_t i = 0; i < c.items.size(); ++i) {
      if (c.items[i].type == FlowItem::Type::Box) box_index.push_back(i);
    }
    ASSERT_EQ(r.placements.size(), box_index.size());
    ASSERT_EQ(r.column_heights.size(), static_cast<std::size_t>(r.pages));
    std::vector<bool> page_used(static_cast<std::size_t>(r.pages), false);
    for (std::size_t k = 0; k < r.placements.size(); ++k) {
      const Placement& p = r.placements[k];
      ASSERT_EQ(p.payload, static_cast<int>(k));
      ASSERT_LT(p.page, r.pages);
      ASSERT_LT(p.column, columns);
      page_used[static_cast<std::size_t>(p.page)] = true;
      // Chains here are shorter than any column: never overfull.
      ASSERT_LE(p.y + c.items[box_index[k]].height, c.full);
      if (k == 0) continue;
      const Placement& q = r.placements[k - 1];
      const bool same_column = p.page == q.page && p.column == q.column;
      ASSERT_TRUE(same_column || p.page > q.page || (p.page == q.page && p.column > q.column));
      if (same_column) {
        ASSERT_GT(p.y, q.y);
      }
      bool breakable = false;
      for (std::size_t i = box_index[k - 1] + 1; i < box_index[k]; ++i) {
        const FlowItem& it = c.items[i];
        breakable = breakable || (it.type == FlowItem::Type::Glue && i == box_index[k - 1] + 1) ||
                    (it.type == FlowItem::Type::Penalty && it.penalty < kNever);
      }
      if (!breakable) {
        ASSERT_TRUE(same_column) << "forbidden break before payload " << k;
      }
    }
    for (int pg = 0; pg < r.pages; ++pg) {
      if (!box_index.empty()) {
        ASSERT_TRUE(page_used[static_cast<std::size_t>(pg)]) << pg;
      }
    }

    if (box_index.empty() || columns == 1) continue;
    std::size_t first_on_last = 0;
    while (r.placements[first_on_last].page != r.pages - 1) ++first_on_last;
    const std::vector<FlowItem> sub(c.items.begin() + static_cast<long>(box_index[first_on_last]),
                                    c.items.end());
    EXPECT_EQ(r.column_heights.back(), naive_balance(sub, columns, c.full, c.geometry.step));
  }
}

}  // namespace
}  // namespace folio::flow
