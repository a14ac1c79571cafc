// The incremental paginator's rule for when a page is final: a page is not returned while items
// appended to the list could still change it, and is returned once what follows settles it.
#include <gtest/gtest.h>

#include <optional>

#include "flow/paginator.hpp"
#include "flow_builder.hpp"

namespace folio::flow {
namespace {

using testing::kLine;
using testing::ListBuilder;
using testing::uniform;

using Heights = std::vector<Sp>;

// The list's first `size` items (the inserts may be appended ahead of the items naming them).
VerticalList prefix(const VerticalList& list, std::size_t size) {
  return VerticalList{std::vector<FlowItem>(list.items.begin(), list.items.begin() + static_cast<long>(size)),
                      list.inserts};
}

// Grows the list one item at a time from none: the number of items it held when the paginator
// first returned a page with `complete` false (0: never), and that page.
std::pair<std::size_t, std::optional<PageFlow>> first_page(const VerticalList& list, const Geometry& g) {
  Paginator paginator(g);
  for (std::size_t size = 0; size <= list.items.size(); ++size) {
    std::optional<PageFlow> page = paginator.next_page(prefix(list, size), false);
    if (page) return {size, page};
  }
  return {0, std::nullopt};
}

VerticalList plain(const ListBuilder& b) { return VerticalList{b.items(), {}}; }

TEST(PaginatorStream, AnEmptyListHasItsOnePageOnlyWhenComplete) {
  Paginator paginator(uniform(2, 5 * kLine));
  const VerticalList empty;
  EXPECT_FALSE(paginator.next_page(empty, false).has_value());
  const std::optional<PageFlow> page = paginator.next_page(empty, true);
  ASSERT_TRUE(page.has_value());
  EXPECT_EQ(page->page, 0);
  EXPECT_TRUE(page->placements.empty());
  EXPECT_EQ(page->column_heights, (Heights{0, 0}));
  EXPECT_FALSE(paginator.next_page(empty, true).has_value());
  EXPECT_EQ(paginator.pages(), 1);
}

TEST(PaginatorStream, AListThatFitsOneBalancedPageIsNeverReturnedUntilComplete) {
  // Twenty lines in two columns of 30: balanced 10 and 10 once complete; while the list may grow,
  // the page may be the last (balanced) or not (full), so it never comes.
  ListBuilder b;
  b.lines(20);
  const VerticalList list = plain(b);
  EXPECT_EQ(first_page(list, uniform(2, 30 * kLine, kLine)).first, 0u);
  Paginator paginator(uniform(2, 30 * kLine, kLine));
  const std::optional<PageFlow> page = paginator.next_page(list, true);
  ASSERT_TRUE(page.has_value());
  EXPECT_EQ(page->column_heights, (Heights{10 * kLine, 10 * kLine}));
}

TEST(PaginatorStream, APageEndingAtAForcedBreakWaitsForWhatFollowsIt) {
  // Fourteen lines, a forced break, glue: at full height 10 and 4, every column ending before
  // the list does; but nothing follows yet, so the page may be the last, balanced 7 and 7.
  ListBuilder b;
  b.lines(14).penalty(kForce).glue(kLine);
  const VerticalList list = plain(b);
  EXPECT_EQ(first_page(list, uniform(2, 10 * kLine, kLine)).first, 0u);
  EXPECT_EQ(paginate(list, uniform(2, 10 * kLine, kLine)).column_heights, (std::vector<Heights>{{7 * kLine, 7 * kLine}}));
  // A line after the forced break settles it: that line goes on to page 1, page 0 is full.
  b.lines(1);
  const auto [size, page] = first_page(plain(b), uniform(2, 10 * kLine, kLine));
  EXPECT_EQ(size, list.items.size() + 1);
  ASSERT_TRUE(page.has_value());
  EXPECT_EQ(page->column_heights, (Heights{10 * kLine, 4 * kLine}));
}

TEST(PaginatorStream, APageComesWithTheFirstBoxThatDoesNotFitItsLastColumn) {
  // Lines with breaks between them, two columns of five: page 0 holds lines 0 to 9. Line 10
  // (item 20) cannot fit under line 9, whatever follows; before it arrives, the list might end
  // with line 9 and page 0 be the last, balanced.
  ListBuilder b;
  b.lines(30);
  const auto [size, page] = first_page(plain(b), uniform(2, 5 * kLine, kLine));
  EXPECT_EQ(size, 21u);
  ASSERT_TRUE(page.has_value());
  ASSERT_EQ(page->placements.size(), 10u);
  EXPECT_EQ(page->placements[9].payload, 9);
  EXPECT_EQ(page->placements[9].column, 1);
  EXPECT_EQ(page->column_heights, (Heights{5 * kLine, 5 * kLine}));
}

TEST(PaginatorStream, AHeadingAtAColumnFootWaitsForTheLineAfterIt) {
  // One column of five lines: four lines, then a heading kept with its paragraph. The heading
  // fills the fifth line; the column is settled only when the paragraph's first line shows it
  // cannot stay there.
  ListBuilder b;
  b.lines(4).heading(0, 1).paragraph(3).glue().lines(10);
  const VerticalList list = plain(b);
  const std::size_t heading = 8;  // lines(4) is items 0..6, glue 7
  ASSERT_EQ(list.items[heading].type, FlowItem::Type::Box);
  const auto [size, page] = first_page(list, uniform(1, 5 * kLine));
  EXPECT_EQ(size, heading + 3);  // the heading, its kNever, the paragraph's first line
  ASSERT_TRUE(page.has_value());
  EXPECT_EQ(page->placements.size(), 4u);
  EXPECT_EQ(page->column_heights, (Heights{4 * kLine}));
}

TEST(PaginatorStream, ARunKeptTogetherTallerThanAColumnWaitsForItsEnd) {
  // Eight one-line headings each kept with the next, in columns of five: with no break that fits
  // after the run's start, where it gives way depends on how long it runs.
  ListBuilder b;
  for (int h = 0; h < 8; ++h) b.box(kLine).penalty(kKeep).glue(0);
  const std::size_t run = b.items().size();
  b.lines(2).glue().lines(20);
  const VerticalList list = plain(b);
  const auto [size, page] = first_page(list, uniform(1, 5 * kLine));
  EXPECT_EQ(size, run + 2);  // the line after the run and the first break after it, which cannot fit
  ASSERT_TRUE(page.has_value());
  EXPECT_EQ(page->placements.size(), 5u);  // it gives way at its last keep that fits
  EXPECT_EQ(page->column_heights, (Heights{5 * kLine}));
}

TEST(PaginatorStream, WideBlocksAtAPageTopWaitForTheFirstBoxAfterThem) {
  // A 125pt block over 130pt columns leaves them no line; a 3pt block appended after it still
  // fits on the same page top. So the page waits until a box says no more blocks come first.
  VerticalList list;
  for (Sp height : {pt(125), pt(3)}) {
    FlowInsert block;
    block.place = FlowInsert::Place::PageTop;
    block.parts = {height};
    list.inserts.push_back(block);
    list.items.push_back(FlowItem::insert(static_cast<int>(list.inserts.size()) - 1));
  }
  for (int i = 0; i < 30; ++i) {
    list.items.push_back(FlowItem::box(kLine, i));
    list.items.push_back(FlowItem::glue(0));
  }
  Geometry g = uniform(2, 10 * kLine, kLine);
  g.top_space = 0;
  const auto [size, page] = first_page(list, g);
  EXPECT_EQ(size, 3u);
  ASSERT_TRUE(page.has_value());
  ASSERT_EQ(page->inserts.size(), 2u);
  EXPECT_EQ(page->inserts[1].insert, 1);
  EXPECT_EQ(page->inserts[1].y, pt(125));
  EXPECT_TRUE(page->placements.empty());
  EXPECT_EQ(page->top, 10 * kLine);
}

TEST(PaginatorStream, PositionStaysAtAFloatWaitingForTheNextPage) {
  // One column of 100pt: a line, a 95pt figure that does not fit under it, then lines. The figure
  // waits for page 1's top while the lines fill page 0: only the line before it is placed for good.
  VerticalList list;
  list.items = {FlowItem::box(pt(10), 0), FlowItem::glue(0), FlowItem::float_box(pt(95), 1)};
  for (int i = 2; i < 40; ++i) {
    list.items.push_back(FlowItem::glue(0));
    list.items.push_back(FlowItem::box(pt(10), i));
  }
  Geometry g = uniform(1, pt(100));
  Paginator paginator(g);
  const std::optional<PageFlow> first = paginator.next_page(list, false);
  ASSERT_TRUE(first.has_value());
  ASSERT_EQ(first->placements.size(), 10u);
  EXPECT_EQ(first->placements[1].payload, 2);
  EXPECT_EQ(paginator.position(), 2u);
  const std::optional<PageFlow> second = paginator.next_page(list, false);
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->placements[0].payload, 1);
  EXPECT_EQ(second->placements[0].y, 0);
  EXPECT_GT(paginator.position(), 2u);
}

}  // namespace
}  // namespace folio::flow
