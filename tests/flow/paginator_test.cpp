// Column and page breaking: fill rule, widows, orphans, keep-with-next, forced and overfull breaks.
#include "flow/paginator.hpp"

#include <gtest/gtest.h>

#include "flow_builder.hpp"

namespace folio::flow {
namespace {

using testing::expect_at;
using testing::expect_run;
using testing::kLine;
using testing::ListBuilder;
using testing::uniform;

using Heights = std::vector<std::vector<Sp>>;

TEST(Paginator, FillsExactlyTwoColumns) {
  ListBuilder b;
  b.lines(10);
  const FlowResult r = paginate(b.items(), uniform(2, 5 * kLine, 0, false));
  ASSERT_EQ(r.placements.size(), 10u);
  expect_run(r, 0, 4, 0, 0);
  expect_run(r, 5, 9, 0, 1);
  EXPECT_EQ(r.pages, 1);
  EXPECT_EQ(r.column_heights, (Heights{{5 * kLine, 5 * kLine}}));
}

TEST(Paginator, OrphanMovesFirstLineToNextColumn) {
  // Line 1 of the second paragraph would fit at the foot of column 0, but alone.
  ListBuilder b;
  b.paragraph(4).glue().paragraph(4);
  const FlowResult r = paginate(b.items(), uniform(2, 5 * kLine, 0, false));
  ASSERT_EQ(r.placements.size(), 8u);
  expect_run(r, 0, 3, 0, 0);
  expect_run(r, 4, 7, 0, 1);
  EXPECT_EQ(r.column_heights, (Heights{{4 * kLine, 4 * kLine}}));
}

TEST(Paginator, WidowAvoidedLastTwoLinesTogether) {
  // Six lines, five fit: breaking after line 5 would strand line 6 at the next column top.
  ListBuilder b;
  b.paragraph(6);
  const FlowResult r = paginate(b.items(), uniform(2, 5 * kLine, 0, false));
  ASSERT_EQ(r.placements.size(), 6u);
  expect_run(r, 0, 3, 0, 0);
  expect_run(r, 4, 5, 0, 1);
  EXPECT_EQ(r.column_heights, (Heights{{4 * kLine, 2 * kLine}}));
}

TEST(Paginator, HeadingAtColumnFootMovesWithNextTwoLines) {
  // Heading and the first line of its paragraph would fit at the foot; the second would not.
  ListBuilder b;
  b.paragraph(4).glue().heading(pt(6), 1).paragraph(4);
  const FlowResult r = paginate(b.items(), uniform(2, 6 * kLine + pt(6), 0, false));
  ASSERT_EQ(r.placements.size(), 9u);
  expect_run(r, 0, 3, 0, 0);
  // The heading's space before is dropped at the column top.
  expect_run(r, 4, 8, 0, 1);
  EXPECT_EQ(r.column_heights, (Heights{{4 * kLine, 5 * kLine}}));
}

TEST(Paginator, HeadingStaysWhenTwoLinesFit) {
  ListBuilder b;
  b.paragraph(4).glue().heading(pt(6), 1).paragraph(4);
  const FlowResult r = paginate(b.items(), uniform(2, 7 * kLine + pt(6), 0, false));
  ASSERT_EQ(r.placements.size(), 9u);
  expect_run(r, 0, 3, 0, 0);
  expect_at(r.placements[4], 4, 0, 0, 4 * kLine + pt(6));
  expect_run(r, 5, 6, 0, 0, 5 * kLine + pt(6));
  expect_run(r, 7, 8, 0, 1);
  EXPECT_EQ(r.column_heights, (Heights{{7 * kLine + pt(6), 2 * kLine}}));
}

TEST(Paginator, GlueAtColumnTopDiscardedAndTrailingGlueNotCounted) {
  ListBuilder b;
  b.glue(pt(10)).box(kLine).glue(pt(5)).box(kLine).glue(pt(7));
  const FlowResult r = paginate(b.items(), uniform(2, 10 * kLine, 0, false));
  ASSERT_EQ(r.placements.size(), 2u);
  expect_at(r.placements[0], 0, 0, 0, 0);
  expect_at(r.placements[1], 1, 0, 0, kLine + pt(5));
  EXPECT_EQ(r.column_heights, (Heights{{2 * kLine + pt(5), 0}}));
}

TEST(Paginator, GlueAfterBreakDroppedInNextColumn) {
  // Glue 4pt between lines; column 0 holds 3 lines, and the glue at the break vanishes.
  ListBuilder b;
  b.lines(5, pt(4));
  const FlowResult r = paginate(b.items(), uniform(2, 3 * kLine + 2 * pt(4), 0, false));
  ASSERT_EQ(r.placements.size(), 5u);
  expect_at(r.placements[2], 2, 0, 0, 2 * (kLine + pt(4)));
  expect_at(r.placements[3], 3, 0, 1, 0);
  expect_at(r.placements[4], 4, 0, 1, kLine + pt(4));
  EXPECT_EQ(r.column_heights, (Heights{{3 * kLine + 2 * pt(4), 2 * kLine + pt(4)}}));
}

TEST(Paginator, ForcedBreakEndsColumn) {
  ListBuilder b;
  b.lines(2).penalty(kForce).glue(pt(9)).lines(2);
  const FlowResult r = paginate(b.items(), uniform(2, 10 * kLine, 0, false));
  ASSERT_EQ(r.placements.size(), 4u);
  expect_run(r, 0, 1, 0, 0);
  expect_run(r, 2, 3, 0, 1);
}

TEST(Paginator, ForcedBreakInLastColumnStartsNewPageButNoTrailingEmptyPage) {
  ListBuilder b;
  b.lines(1).penalty(kForce).lines(1).penalty(kForce).lines(1).penalty(kForce).glue(pt(3));
  const FlowResult r = paginate(b.items(), uniform(2, 10 * kLine, 0, false));
  ASSERT_EQ(r.placements.size(), 3u);
  expect_at(r.placements[0], 0, 0, 0, 0);
  expect_at(r.placements[1], 1, 0, 1, 0);
  expect_at(r.placements[2], 2, 1, 0, 0);
  EXPECT_EQ(r.pages, 2);
  EXPECT_EQ(r.column_heights, (Heights{{kLine, kLine}, {kLine, 0}}));
}

TEST(Paginator, FirstPageShorterUnderMasthead) {
  ListBuilder b;
  b.lines(17);
  Geometry g = uniform(2, 0, 0, false);
  g.column_height = [](int page) { return page == 0 ? 3 * kLine : 5 * kLine; };
  const FlowResult r = paginate(b.items(), g);
  ASSERT_EQ(r.placements.size(), 17u);
  expect_run(r, 0, 2, 0, 0);
  expect_run(r, 3, 5, 0, 1);
  expect_run(r, 6, 10, 1, 0);
  expect_run(r, 11, 15, 1, 1);
  expect_run(r, 16, 16, 2, 0);
  EXPECT_EQ(r.pages, 3);
  EXPECT_EQ(r.column_heights, (Heights{{3 * kLine, 3 * kLine}, {5 * kLine, 5 * kLine}, {kLine, 0}}));
}

TEST(Paginator, BoxTallerThanColumnPlacedAloneAndTerminates) {
  ListBuilder b;
  b.box(kLine).glue().box(8 * kLine).glue().box(kLine);
  const FlowResult r = paginate(b.items(), uniform(2, 5 * kLine));
  ASSERT_EQ(r.placements.size(), 3u);
  expect_at(r.placements[0], 0, 0, 0, 0);
  expect_at(r.placements[1], 1, 0, 1, 0);
  expect_at(r.placements[2], 2, 1, 0, 0);
  EXPECT_EQ(r.pages, 2);
  EXPECT_EQ(r.column_heights, (Heights{{kLine, 8 * kLine}, {kLine, 0}}));
}

TEST(Paginator, UnbreakableRunLongerThanColumnOverflowsOnce) {
  // A 3-line paragraph (both breaks forbidden) in 2-line columns: overfull, then moves on.
  ListBuilder b;
  b.paragraph(3).glue().paragraph(3);
  const FlowResult r = paginate(b.items(), uniform(2, 2 * kLine));
  ASSERT_EQ(r.placements.size(), 6u);
  expect_run(r, 0, 2, 0, 0);
  expect_run(r, 3, 5, 0, 1);
  EXPECT_EQ(r.pages, 1);
  EXPECT_EQ(r.column_heights, (Heights{{3 * kLine, 3 * kLine}}));
}

TEST(Paginator, ParagraphLongerThanPageFlowsAcrossPages) {
  ListBuilder b;
  b.paragraph(23);
  const FlowResult r = paginate(b.items(), uniform(2, 5 * kLine, kLine, false));
  ASSERT_EQ(r.placements.size(), 23u);
  expect_run(r, 0, 4, 0, 0);
  expect_run(r, 5, 9, 0, 1);
  expect_run(r, 10, 14, 1, 0);
  expect_run(r, 15, 19, 1, 1);
  expect_run(r, 20, 22, 2, 0);
  EXPECT_EQ(r.pages, 3);
}

TEST(Paginator, ThreeColumnsFillInOrder) {
  ListBuilder b;
  b.lines(7);
  const FlowResult r = paginate(b.items(), uniform(3, 2 * kLine, 0, false));
  ASSERT_EQ(r.placements.size(), 7u);
  expect_run(r, 0, 1, 0, 0);
  expect_run(r, 2, 3, 0, 1);
  expect_run(r, 4, 5, 0, 2);
  expect_run(r, 6, 6, 1, 0);
  EXPECT_EQ(r.column_heights, (Heights{{2 * kLine, 2 * kLine, 2 * kLine}, {kLine, 0, 0}}));
}

TEST(Paginator, EmptyListGivesOneEmptyPage) {
  const FlowResult r = paginate(std::vector<FlowItem>{}, uniform(2, 5 * kLine));
  EXPECT_TRUE(r.placements.empty());
  EXPECT_EQ(r.pages, 1);
  EXPECT_EQ(r.column_heights, (Heights{{0, 0}}));
}

TEST(Paginator, OnlyGlueAndPenaltiesGivesOneEmptyPage) {
  ListBuilder b;
  b.glue(pt(12)).penalty(kForce).glue(pt(3));
  const FlowResult r = paginate(b.items(), uniform(2, 5 * kLine));
  EXPECT_TRUE(r.placements.empty());
  EXPECT_EQ(r.pages, 1);
}

}  // namespace
}  // namespace folio::flow

namespace folio::flow {
namespace {

TEST(Paginator, KeepWithNextRunTallerThanAColumnGivesWay) {
  // Seven one-line headings, each kept with the next (kKeep), in 3-line columns: the keep can
  // never be met, so each column breaks at its last keep that fits; no column is overfull and
  // every heading is placed.
  std::vector<FlowItem> items;
  for (int i = 0; i < 7; ++i) {
    if (i > 0) {
      items.push_back(FlowItem::penalty_item(kKeep));
      items.push_back(FlowItem::glue(0));
    }
    items.push_back(FlowItem::box(kLine, i));
  }
  const FlowResult r = paginate(items, uniform(2, 3 * kLine));
  ASSERT_EQ(r.placements.size(), 7u);
  expect_run(r, 0, 2, 0, 0);
  expect_run(r, 3, 5, 0, 1);
  expect_run(r, 6, 6, 1, 0);
  for (const auto& page : r.column_heights)
    for (Sp h : page) EXPECT_LE(h, 3 * kLine);
}

}  // namespace
}  // namespace folio::flow
