// Balancing the columns of the last page: smallest grid height that fits, rules still kept.
#include <gtest/gtest.h>

#include "flow/paginator.hpp"
#include "flow_builder.hpp"

namespace folio::flow {
namespace {

using testing::expect_at;
using testing::expect_run;
using testing::kLine;
using testing::ListBuilder;
using testing::uniform;

using Heights = std::vector<std::vector<Sp>>;

TEST(Balance, SevenLinesOnGridSplitFourThree) {
  ListBuilder b;
  b.lines(7);
  const FlowResult r = paginate(b.items(), uniform(2, 20 * kLine, kLine));
  ASSERT_EQ(r.placements.size(), 7u);
  expect_run(r, 0, 3, 0, 0);
  expect_run(r, 4, 6, 0, 1);
  EXPECT_EQ(r.pages, 1);
  EXPECT_EQ(r.column_heights, (Heights{{4 * kLine, 3 * kLine}}));
}

TEST(Balance, SevenLinesWithoutGridSplitFourThree) {
  // step 0: tries 45.5pt then jumps 1pt at a time past 52pt; same split.
  ListBuilder b;
  b.lines(7);
  const FlowResult r = paginate(b.items(), uniform(2, 20 * kLine, 0));
  EXPECT_EQ(r.column_heights, (Heights{{4 * kLine, 3 * kLine}}));
  expect_run(r, 4, 6, 0, 1);
}

TEST(Balance, OffFillsFirstColumn) {
  ListBuilder b;
  b.lines(7);
  const FlowResult r = paginate(b.items(), uniform(2, 20 * kLine, kLine, false));
  EXPECT_EQ(r.column_heights, (Heights{{7 * kLine, 0}}));
}

TEST(Balance, SingleParagraphKeepsWidowAndOrphanRules) {
  // 5 lines: an even split at 3 lines keeps both rules (3 + 2).
  ListBuilder b;
  b.paragraph(5);
  const FlowResult r = paginate(b.items(), uniform(2, 20 * kLine, kLine));
  expect_run(r, 0, 2, 0, 0);
  expect_run(r, 3, 4, 0, 1);
  EXPECT_EQ(r.column_heights, (Heights{{3 * kLine, 2 * kLine}}));
}

TEST(Balance, OrphanRuleShiftsSplitByOneLine) {
  // 3 + 4 lines: at 4 lines column 0 would end with an orphan, so it takes 3 and column 1 takes 4.
  ListBuilder b;
  b.paragraph(3).glue().paragraph(4);
  const FlowResult r = paginate(b.items(), uniform(2, 20 * kLine, kLine));
  expect_run(r, 0, 2, 0, 0);
  expect_run(r, 3, 6, 0, 1);
  EXPECT_EQ(r.column_heights, (Heights{{3 * kLine, 4 * kLine}}));
}

TEST(Balance, UnbreakableBlockRaisesHeightInsteadOfOverfilling) {
  // A 3-line paragraph cannot split: the even split (2 lines) would overfill column 0.
  ListBuilder b;
  b.paragraph(3).glue().paragraph(1);
  const FlowResult r = paginate(b.items(), uniform(2, 20 * kLine, kLine));
  expect_run(r, 0, 2, 0, 0);
  expect_at(r.placements[3], 3, 0, 1, 0);
  EXPECT_EQ(r.column_heights, (Heights{{3 * kLine, kLine}}));
}

TEST(Balance, OnlyLastPageIsBalanced) {
  // 5-line columns: page 0 full (10 lines), page 1 gets 5 lines balanced as 3 + 2.
  ListBuilder b;
  b.lines(15);
  const FlowResult r = paginate(b.items(), uniform(2, 5 * kLine, kLine));
  EXPECT_EQ(r.pages, 2);
  expect_run(r, 10, 12, 1, 0);
  expect_run(r, 13, 14, 1, 1);
  EXPECT_EQ(r.column_heights, (Heights{{5 * kLine, 5 * kLine}, {3 * kLine, 2 * kLine}}));
}

TEST(Balance, LongParagraphEndsBalancedOnLastPage) {
  // Lines 21-23 of 23 on page 2: at 2 lines the widow rule forbids 2 + 1, so 1 + 2.
  ListBuilder b;
  b.paragraph(23);
  const FlowResult r = paginate(b.items(), uniform(2, 5 * kLine, kLine));
  EXPECT_EQ(r.pages, 3);
  expect_run(r, 15, 19, 1, 1);
  expect_at(r.placements[20], 20, 2, 0, 0);
  expect_run(r, 21, 22, 2, 1);
  EXPECT_EQ(r.column_heights.back(), (std::vector<Sp>{kLine, 2 * kLine}));
}

TEST(Balance, ThreeColumns) {
  ListBuilder b;
  b.lines(10);
  const FlowResult r = paginate(b.items(), uniform(3, 20 * kLine, kLine));
  // Each column is balanced against the columns still to fill: 4, 3, 3 rather than 4, 4, 2.
  expect_run(r, 0, 3, 0, 0);
  expect_run(r, 4, 6, 0, 1);
  expect_run(r, 7, 9, 0, 2);
  EXPECT_EQ(r.column_heights, (Heights{{4 * kLine, 3 * kLine, 3 * kLine}}));
}

TEST(Balance, ThreeColumnsNineLinesEven) {
  ListBuilder b;
  b.lines(9, pt(2));
  // Glue of 2pt, step 0: 39pt fails, the search jumps to 43pt where each column takes 3 lines.
  const FlowResult r = paginate(b.items(), uniform(3, 20 * kLine, 0));
  EXPECT_EQ(r.column_heights,
            (Heights{{3 * kLine + 2 * pt(2), 3 * kLine + 2 * pt(2), 3 * kLine + 2 * pt(2)}}));
  expect_at(r.placements[3], 3, 0, 1, 0);
  expect_at(r.placements[8], 8, 0, 2, 2 * (kLine + pt(2)));
}

TEST(Balance, ForcedBreakRespectedOnLastPage) {
  ListBuilder b;
  b.lines(1).penalty(kForce).lines(2);
  const FlowResult r = paginate(b.items(), uniform(2, 20 * kLine, kLine));
  expect_at(r.placements[0], 0, 0, 0, 0);
  expect_run(r, 1, 2, 0, 1);
  EXPECT_EQ(r.column_heights, (Heights{{kLine, 2 * kLine}}));
}

TEST(Balance, NothingSmallerFitsUsesFullHeight) {
  // One 3-line unbreakable paragraph and a 4-line one in 4-line columns: 3 | 4 is the only fill.
  ListBuilder b;
  b.paragraph(3).glue().paragraph(4);
  const FlowResult r = paginate(b.items(), uniform(2, 4 * kLine, kLine));
  EXPECT_EQ(r.column_heights, (Heights{{3 * kLine, 4 * kLine}}));
  EXPECT_EQ(r.pages, 1);
}

}  // namespace
}  // namespace folio::flow
