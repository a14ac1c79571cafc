// The incremental paginator against paginate, on pseudo-random lists (fixed seeds) with
// everything a vertical list holds: lines and taller blocks, glue, penalties (kNever, kKeep,
// kForce), table rows with a repeated header and the snap after them, notes after the box of
// their marker's line, wide blocks (parts, repeat, keep, their own notes), floats; one to three
// columns, on a grid or not, a shorter page 0. Fed the list in growing prefixes, the pages it
// returns, then those the complete list gives, are exactly paginate's.
#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>

#include "flow/paginator.hpp"
#include "flow_builder.hpp"

namespace folio::flow {
namespace {

using testing::kLine;

// A list as the caller builds it: each item with the number of inserts that exist once it is
// appended (an insert is appended before the item naming it; a wide block's notes before it).
struct Built {
  VerticalList list;
  std::vector<std::size_t> inserts_after;  // per item
};

class RandomList {
 public:
  explicit RandomList(std::mt19937& rng) : rng_(rng) {}

  Built build() {
    const int blocks = pick(1, 60);
    for (int b = 0; b < blocks; ++b) {
      if (b > 0) item(FlowItem::glue(pick(0, 2) == 0 ? 0 : pick(0, 1) ? kLine : pt(pick(1, 9))));
      const int kind = pick(0, 19);
      if (kind < 9) paragraph();
      else if (kind < 11) headings();
      else if (kind == 11) table();
      else if (kind == 12) for (int w = pick(0, 2) == 0 ? pick(2, 4) : 1; w > 0; --w) wide();
      else if (kind == 13) item(FlowItem::float_box(kLine * pick(2, 14), payload_++));
      else if (kind == 14) item(FlowItem::penalty_item(kForce));
      else if (kind == 15) item(FlowItem::box(pt(pick(5, 400)), payload_++));  // a block, maybe taller than a column
      else if (kind == 16) item(FlowItem::penalty_item(pick(-500, 500)));
      else paragraph();
    }
    return std::move(built_);
  }

 private:
  int pick(int lo, int hi) { return lo + static_cast<int>(rng_() % static_cast<unsigned>(hi - lo + 1)); }
  void item(FlowItem it) {
    built_.list.items.push_back(it);
    built_.inserts_after.push_back(built_.list.inserts.size());
  }
  int insert(FlowInsert in) {
    built_.list.inserts.push_back(std::move(in));
    return static_cast<int>(built_.list.inserts.size()) - 1;
  }
  FlowInsert note() {
    FlowInsert n;
    n.parts.assign(static_cast<std::size_t>(pick(1, pick(0, 3) == 0 ? 30 : 6)), pt(10));
    return n;
  }
  // A line's box and, sometimes, the notes its markers refer to.
  void line(Sp height) {
    item(FlowItem::box(height, payload_++));
    while (pick(0, 11) == 0) item(FlowItem::insert(insert(note())));
  }
  void paragraph() {
    const int lines = pick(1, 12);
    for (int i = 0; i < lines; ++i) {
      if (i > 0) item(FlowItem::penalty_item(i == 1 || i == lines - 1 ? kNever : 0));
      line(kLine);
    }
  }
  // Headings kept with the next (a run of them, now and then), then a paragraph.
  void headings() {
    const int run = pick(0, 4) == 0 ? pick(2, 8) : 1;
    for (int h = 0; h < run; ++h) {
      line(kLine * pick(1, 3));
      item(FlowItem::penalty_item(pick(0, 1) ? kKeep : kNever));
      item(FlowItem::glue(pt(pick(0, 6))));
    }
    paragraph();
  }
  // Rows carrying their header's height, a break only where a piece keeps two rows, the snap.
  void table() {
    const Sp header = pt(pick(10, 30));
    const int rows = pick(1, 15);
    for (int r = 0; r < rows; ++r) {
      if (r > 0) item(FlowItem::penalty_item(r < 2 || rows - r < 2 ? kNever : 0));
      item(FlowItem::box(pt(pick(9, 40)), payload_++, header));
      if (pick(0, 15) == 0) item(FlowItem::insert(insert(note())));
    }
    item(FlowItem::snap(pick(0, 1) ? kLine : 0));
  }
  void wide() {
    FlowInsert w;
    w.place = FlowInsert::Place::PageTop;
    // Now and then small: it may fit under another that leaves its page's columns no room.
    w.parts.assign(static_cast<std::size_t>(pick(1, 40)), pick(0, 3) == 0 ? pt(pick(1, 4)) : pt(pick(8, 40)));
    w.repeat = pick(0, 1) ? pt(pick(10, 25)) : 0;
    w.keep = pick(0, 3);
    for (int k = pick(0, 3) == 0 ? pick(1, 2) : 0; k > 0; --k) w.notes.push_back(insert(note()));
    item(FlowItem::insert(insert(std::move(w))));
  }

  std::mt19937& rng_;
  Built built_;
  int payload_ = 0;
};

Geometry random_geometry(std::mt19937& rng) {
  auto pick = [&rng](int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1)); };
  Geometry g;
  g.columns = pick(1, 3);
  const Sp full = kLine * pick(8, 30);
  const Sp first = pick(0, 1) ? full : full - kLine * pick(1, 6);
  g.column_height = [full, first](int page) { return page == 0 ? first : full; };
  g.step = pick(0, 2) ? kLine : 0;
  g.balance_last_page = pick(0, 4) != 0;
  g.note_space = pt(pick(0, 8));
  g.note_gap = pt(pick(0, 3));
  g.top_space = pick(0, 1) ? kLine : pt(pick(0, 10));
  g.orphans = pick(1, 3);
  g.widows = pick(1, 3);
  return g;
}

// One line per placement, piece and page: a difference shows where it is.
std::string describe(const FlowResult& r) {
  std::ostringstream out;
  out << "pages " << r.pages << "\n";
  for (const Placement& p : r.placements)
    out << "box " << p.payload << " @" << p.page << "." << p.column << " y " << p.y << (p.repeat ? " repeat" : "")
        << "\n";
  for (const InsertPlacement& p : r.inserts)
    out << "insert " << p.insert << " [" << p.first << "+" << p.count << ") @" << p.page << "." << p.column
        << " y " << p.y << "\n";
  for (std::size_t page = 0; page < r.column_heights.size(); ++page) {
    out << "page " << page << " top " << (page < r.page_top.size() ? r.page_top[page] : -1) << " columns";
    for (Sp h : r.column_heights[page]) out << " " << h;
    out << "\n";
  }
  return out.str();
}

void append(FlowResult& r, const PageFlow& page) {
  EXPECT_EQ(page.page, r.pages);
  r.placements.insert(r.placements.end(), page.placements.begin(), page.placements.end());
  r.inserts.insert(r.inserts.end(), page.inserts.begin(), page.inserts.end());
  r.column_heights.push_back(page.column_heights);
  r.page_top.push_back(page.top);
  ++r.pages;
}

bool placed(const FlowResult& r, int payload) {
  for (const Placement& p : r.placements)
    if (p.payload == payload) return true;
  return false;
}

TEST(PaginatorStream, GrowingPrefixesGiveExactlyPaginatesPages) {
  std::mt19937 rng(20261130);
  int cases = 0, pages = 0, early = 0;
  for (int trial = 0; trial < 400; ++trial) {
    SCOPED_TRACE("trial " + std::to_string(trial));
    const Built built = RandomList(rng).build();
    const Geometry g = random_geometry(rng);
    const FlowResult expected = paginate(built.list, g);

    // The caller's list, grown a few items at a time, inserts appended as the items need them.
    const std::size_t n = built.list.items.size();
    const int chunk = 1 << (rng() % 6);  // 1 to 32 items at most per growth
    VerticalList growing;
    Paginator paginator(g);
    FlowResult got;
    std::size_t last_position = 0;
    for (std::size_t size = 0; size < n;) {
      size = std::min(n, size + 1 + rng() % static_cast<unsigned>(chunk));
      // Appended, as a galley does; what pagination will not read again is dropped (below).
      for (std::size_t i = growing.items.size(); i < size; ++i) growing.items.push_back(built.list.items[i]);
      growing.inserts.assign(built.list.inserts.begin(),
                             built.list.inserts.begin() + static_cast<long>(built.inserts_after[size - 1]));
      while (std::optional<PageFlow> page = paginator.next_page(growing, false)) {
        append(got, *page);
        ++early;
        growing.items.drop_before(paginator.droppable());
        // Every Box before position() is placed by a page already returned.
        ASSERT_GE(paginator.position(), last_position);
        for (; last_position < paginator.position(); ++last_position) {
          const FlowItem& it = built.list.items[last_position];
          if (it.type == FlowItem::Type::Box) {
            ASSERT_TRUE(placed(got, it.payload)) << "item " << last_position;
          }
        }
      }
    }
    while (std::optional<PageFlow> page = paginator.next_page(built.list, true)) append(got, *page);
    EXPECT_FALSE(paginator.next_page(built.list, true).has_value());
    EXPECT_EQ(paginator.pages(), expected.pages);
    ASSERT_EQ(describe(got), describe(expected));
    ++cases;
    pages += expected.pages;
  }
  // Most pages come before the list is complete (5,863 of 6,506): only those that what ends the
  // list may change wait for it, not all of them.
  EXPECT_EQ(cases, 400);
  EXPECT_GT(early, pages * 7 / 8) << early << " of " << pages << " pages before the list was complete";
}

}  // namespace
}  // namespace folio::flow
