// Floats (figures in a column): one that does not fit under its column's text goes to the top of
// the next column while the text after it fills this one; floats keep their order; a float at a
// column's top stays there; the last float left waits for a page of its own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "flow/paginator.hpp"

namespace folio::flow {
namespace {

const Sp kLine = pt(10);

Geometry columns_of(Sp height, int columns = 2) {
  Geometry g;
  g.columns = columns;
  g.column_height = [height](int) { return height; };
  g.balance_last_page = false;
  return g;
}

// Boxes separated by glue: a positive height is a text line, a negative one a float that high.
VerticalList list_of(const std::vector<int>& points) {
  VerticalList list;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (i > 0) list.items.push_back(FlowItem::glue(0));
    const int p = static_cast<int>(i);
    list.items.push_back(points[i] < 0 ? FlowItem::float_box(pt(-points[i]), p) : FlowItem::box(pt(points[i]), p));
  }
  return list;
}

// "payload@page.column:y" for each placement, in the order placed.
std::string where(const FlowResult& r) {
  std::string out;
  for (const Placement& p : r.placements)
    out += std::to_string(p.payload) + "@" + std::to_string(p.page) + "." + std::to_string(p.column) + ":" +
           std::to_string(p.y / pt(1)) + " ";
  return out;
}

TEST(Floats, AFloatThatDoesNotFitGoesToTheNextColumnTopAndTheTextFillsThisOne) {
  // 100pt columns: line 0, a 95pt figure (does not fit under it), then four lines.
  const FlowResult r = paginate(list_of({10, -95, 10, 10, 10, 10}), columns_of(pt(100)));
  EXPECT_EQ(where(r), "0@0.0:0 2@0.0:10 3@0.0:20 4@0.0:30 5@0.0:40 1@0.1:0 ");
  EXPECT_EQ(r.pages, 1);
}

TEST(Floats, TextAfterTheFloatGoesOnUnderItInTheNextColumn) {
  // Ten 10pt lines fill the first column around the 80pt figure (which fits under none of the
  // first three); the eleventh goes under it.
  const FlowResult r =
      paginate(list_of({10, 10, 10, -80, 10, 10, 10, 10, 10, 10, 10, 10}), columns_of(pt(100)));
  EXPECT_EQ(where(r), "0@0.0:0 1@0.0:10 2@0.0:20 4@0.0:30 5@0.0:40 6@0.0:50 7@0.0:60 8@0.0:70 9@0.0:80 "
                      "10@0.0:90 3@0.1:0 11@0.1:80 ");
}

TEST(Floats, AFloatThatFitsStaysWhereItIsReferred) {
  const FlowResult r = paginate(list_of({10, -50, 10}), columns_of(pt(100)));
  EXPECT_EQ(where(r), "0@0.0:0 1@0.0:10 2@0.0:60 ");
}

TEST(Floats, FloatsKeepTheirOrder) {
  // The second figure (5pt) would fit under line 2, but the first waits: so does the second.
  const FlowResult r = paginate(list_of({10, -95, 10, -5, 10}), columns_of(pt(100)));
  EXPECT_EQ(where(r), "0@0.0:0 2@0.0:10 4@0.0:20 1@0.1:0 3@0.1:95 ");
}

TEST(Floats, AFloatAtAColumnTopIsSetThere) {
  const FlowResult r = paginate(list_of({-90, 10, 10}), columns_of(pt(100)));
  EXPECT_EQ(where(r), "0@0.0:0 1@0.0:90 2@0.1:0 ");
}

TEST(Floats, AFloatLeftAfterTheLastTextGoesOnToTheNextPage) {
  // One column a page: the figure after the last line waits for page 2, alone.
  const FlowResult r = paginate(list_of({10, 10, -95}), columns_of(pt(100), 1));
  EXPECT_EQ(where(r), "0@0.0:0 1@0.0:10 2@1.0:0 ");
  EXPECT_EQ(r.pages, 2);
}

TEST(Floats, TheLastPageBalancesWithItsFloats) {
  Geometry g = columns_of(pt(100));
  g.balance_last_page = true;
  g.step = kLine;
  // 40pt of text and a 40pt figure balance to 40pt columns, the figure at the second's top.
  const FlowResult r = paginate(list_of({10, 10, -40, 10, 10}), g);
  EXPECT_EQ(where(r), "0@0.0:0 1@0.0:10 3@0.0:20 4@0.0:30 2@0.1:0 ");
}

}  // namespace
}  // namespace folio::flow
