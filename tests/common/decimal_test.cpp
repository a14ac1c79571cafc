#include "common/decimal.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(Decimal, TrimsOrKeepsZeros) {
  EXPECT_EQ(format_decimal(12, 3, Zeros::Trim), "12");
  EXPECT_EQ(format_decimal(12, 3, Zeros::Keep), "12.000");
  EXPECT_EQ(format_decimal(-0.5, 3, Zeros::Trim), "-0.5");
  EXPECT_EQ(format_decimal(612.2834, 3, Zeros::Trim), "612.283");
  EXPECT_EQ(format_decimal(0.0355, 6, Zeros::Trim), "0.0355");
}

TEST(Decimal, RoundsHalfAwayFromZeroAndNeverPrintsMinusZero) {
  EXPECT_EQ(format_decimal(0.0625, 3, Zeros::Keep), "0.063");
  EXPECT_EQ(format_decimal(-0.0625, 3, Zeros::Keep), "-0.063");
  EXPECT_EQ(format_decimal(-0.0004, 3, Zeros::Keep), "0.000");
  EXPECT_EQ(format_decimal(-0.0004, 3, Zeros::Trim), "0");
}

TEST(Decimal, PointsAreExactForAnyScaledPoint) {
  EXPECT_EQ(format_points(pt(17), 3, Zeros::Keep), "17.000");
  EXPECT_EQ(format_points(pt(595.2756), 2, Zeros::Trim), "595.28");
  EXPECT_EQ(format_points(pt(432), 2, Zeros::Trim), "432");
  EXPECT_EQ(format_points(1, 3, Zeros::Keep), "0.000");  // 1 sp is 0.0000153 pt
  EXPECT_EQ(format_points(-1, 3, Zeros::Keep), "0.000");
  EXPECT_EQ(format_points(-pt(1.5), 3, Zeros::Trim), "-1.5");
  EXPECT_EQ(format_points(kSpPerPt * 1000000, 3, Zeros::Keep), "1000000.000");
}

}  // namespace
}  // namespace folio
