// CSS 2.1's automatic table layout on synthetic minima and maxima, to the scaled point.
#include "compose/table_widths.hpp"

#include <gtest/gtest.h>

namespace folio::compose {
namespace {

using Widths = std::vector<Sp>;

TEST(TableWidths, WhenTheMaximaFitTheRestIsSharedByMaximum) {
  // Maxima 100 + 50 + 50 = 200 of 300: 100 left, shared 2:1:1.
  EXPECT_EQ(column_widths({{pt(40), pt(100)}, {pt(10), pt(50)}, {pt(20), pt(50)}}, pt(300)),
            (Widths{pt(150), pt(75), pt(75)}));
  // Exactly full: the maxima.
  EXPECT_EQ(column_widths({{pt(40), pt(100)}, {pt(10), pt(50)}}, pt(150)), (Widths{pt(100), pt(50)}));
}

TEST(TableWidths, WhenOnlyTheMinimaFitTheRestGoesByMaxMinusMin) {
  // Minima 30 + 20 + 10 = 60 of 120: 60 left, by max - min = 90, 0, 30 (3:0:1).
  EXPECT_EQ(column_widths({{pt(30), pt(120)}, {pt(20), pt(20)}, {pt(10), pt(40)}}, pt(120)),
            (Widths{pt(75), pt(20), pt(25)}));
}

TEST(TableWidths, WhenNotEvenTheMinimaFitTheyAreScaledDown) {
  EXPECT_EQ(column_widths({{pt(60), pt(90)}, {pt(30), pt(30)}, {pt(60), pt(80)}}, pt(100)),
            (Widths{pt(40), pt(20), pt(40)}));
}

TEST(TableWidths, RoundingLeavesNoScaledPointBehind) {
  // 100sp shared over three equal maxima of 1sp: 33 each, the one left to the first column.
  const Widths w = column_widths({{1, 1}, {1, 1}, {1, 1}}, 103);
  EXPECT_EQ(w, (Widths{35, 34, 34}));
  // Nothing to weigh (empty cells): equal shares.
  EXPECT_EQ(column_widths({{0, 0}, {0, 0}}, 11), (Widths{6, 5}));
  EXPECT_TRUE(column_widths({}, pt(10)).empty());
}

TEST(TableWidths, EveryColumnGetsItsMinimumWhenTheTableFits) {
  // A long text column beside narrow numbers: the numbers keep their width, the text takes the rest.
  const Widths w = column_widths({{pt(60), pt(400)}, {pt(25), pt(25)}, {pt(25), pt(25)}}, pt(200));
  EXPECT_EQ(w, (Widths{pt(150), pt(25), pt(25)}));
}

}  // namespace
}  // namespace folio::compose
