// Inserts and the other additions for tables and footnotes: footnotes at the foot of the column
// that refers to them (whole, split, or moving their marker's line on), notes longer than a
// column, balancing with notes, wide blocks at a page top, a header repeated above a continued
// table, and the snap that brings the text after a table back to the grid.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "flow/paginator.hpp"
#include "flow_builder.hpp"

namespace folio::flow {
namespace {

using testing::expect_at;
using testing::expect_run;
using testing::kLine;
using testing::uniform;

const Sp kNoteLine = pt(10);
const Sp kSpace = pt(5);  // above a column's notes
const Sp kGap = pt(2);    // between two notes

// One-line paragraphs (payload = line number) with notes after chosen lines and wide blocks.
class Notes {
 public:
  // `count` one-line paragraphs with a break between every two.
  Notes& lines(int count) {
    for (int i = 0; i < count; ++i) {
      if (line_ > 0) list_.items.push_back(FlowItem::glue(0));
      list_.items.push_back(FlowItem::box(kLine, line_++));
    }
    return *this;
  }
  // A note of `parts` lines referred to by the last line.
  Notes& note(int parts) {
    FlowInsert n;
    n.parts.assign(static_cast<std::size_t>(parts), kNoteLine);
    return insert(std::move(n));
  }
  // A wide block of `rows` rows of `row` with `repeat` above each piece.
  Notes& wide(int rows, Sp row, Sp repeat) {
    FlowInsert w;
    w.place = FlowInsert::Place::PageTop;
    w.parts.assign(static_cast<std::size_t>(rows), row);
    w.repeat = repeat;
    return insert(std::move(w));
  }
  Notes& insert(FlowInsert in) {
    list_.items.push_back(FlowItem::insert(static_cast<int>(list_.inserts.size())));
    list_.inserts.push_back(std::move(in));
    return *this;
  }
  const VerticalList& list() const { return list_; }

 private:
  VerticalList list_;
  int line_ = 0;
};

Geometry with_notes(int columns, Sp height, bool balance = false) {
  Geometry g = uniform(columns, height, kLine, balance);
  g.note_space = kSpace;
  g.note_gap = kGap;
  g.top_space = kLine;
  return g;
}

void expect_insert(const InsertPlacement& p, int insert, std::size_t first, std::size_t count, int page,
                   int column, Sp y) {
  EXPECT_EQ(p.insert, insert);
  EXPECT_EQ(p.first, first) << "insert " << insert;
  EXPECT_EQ(p.count, count) << "insert " << insert;
  EXPECT_EQ(p.page, page) << "insert " << insert;
  EXPECT_EQ(p.column, column) << "insert " << insert;
  EXPECT_EQ(p.y, y) << "insert " << insert;
}

// The list's only insert, whole: its one piece where it should be.
void expect_only_insert(const FlowResult& r, std::size_t parts, int page, int column, Sp y) {
  ASSERT_EQ(r.inserts.size(), 1u);
  expect_insert(r.inserts[0], 0, 0, parts, page, column, y);
}

TEST(Notes, NoteSitsAtTheFootOfItsMarkersColumnAndTakesItsRoom) {
  Notes b;
  b.lines(4).note(2).lines(8);
  const FlowResult r = paginate(b.list(), with_notes(2, 10 * kLine));
  ASSERT_EQ(r.placements.size(), 12u);
  // 130pt less 5 + 20 of note: eight lines, not ten.
  expect_run(r, 0, 7, 0, 0);
  expect_run(r, 8, 11, 0, 1);
  expect_only_insert(r, 2, 0, 0, 10 * kLine - 2 * kNoteLine);
  EXPECT_EQ(r.column_heights, (std::vector<std::vector<Sp>>{{10 * kLine, 4 * kLine}}));
}

TEST(Notes, TwoNotesInAColumnStackWithTheGapBetween) {
  Notes b;
  b.lines(1).note(1).lines(1).note(2).lines(2);
  const FlowResult r = paginate(b.list(), with_notes(1, 10 * kLine));
  ASSERT_EQ(r.inserts.size(), 2u);
  const Sp top = 10 * kLine - (kSpace + kNoteLine + kGap + 2 * kNoteLine);
  expect_insert(r.inserts[0], 0, 0, 1, 0, 0, top + kSpace);
  expect_insert(r.inserts[1], 1, 0, 2, 0, 0, top + kSpace + kNoteLine + kGap);
}

TEST(Notes, MarkerLineMovesOnWhenItsNoteCannotStartUnderIt) {
  // A 3-line note cannot split (2 lines here, 2 there); under line 9 only 8pt are left.
  Notes b;
  b.lines(9).note(3).lines(3);
  const FlowResult r = paginate(b.list(), with_notes(2, 10 * kLine));
  expect_run(r, 0, 7, 0, 0);
  expect_run(r, 8, 11, 0, 1);
  expect_only_insert(r, 3, 0, 1, 10 * kLine - 3 * kNoteLine);
}

TEST(Notes, NoteThatDoesNotFitSplitsAndContinuesAtTheNextColumnFoot) {
  // Under line 6: 130 - 78 - 5 = 47pt, four lines of the six; two go on to column 2's foot,
  // and the column ends under the marker so that the note keeps its room.
  Notes b;
  b.lines(6).note(6).lines(10);
  const FlowResult r = paginate(b.list(), with_notes(2, 10 * kLine));
  expect_run(r, 0, 5, 0, 0);
  ASSERT_EQ(r.inserts.size(), 2u);
  expect_insert(r.inserts[0], 0, 0, 4, 0, 0, 10 * kLine - 4 * kNoteLine);
  expect_insert(r.inserts[1], 0, 4, 2, 0, 1, 10 * kLine - 2 * kNoteLine);
  // Column 2: 130 - 25 = 105pt of text, eight lines.
  expect_run(r, 6, 13, 0, 1);
  expect_run(r, 14, 15, 1, 0);
}

TEST(Notes, NoteLongerThanAColumnRunsOnAcrossColumnsAndIsNeverLost) {
  Notes b;
  b.lines(1).note(30).lines(11);
  const FlowResult r = paginate(b.list(), with_notes(2, 10 * kLine));
  std::size_t placed = 0;
  std::size_t next = 0;
  for (const InsertPlacement& p : r.inserts) {
    EXPECT_EQ(p.first, next);  // in order, each part once
    next += p.count;
    placed += p.count;
  }
  EXPECT_EQ(placed, 30u);
  ASSERT_GE(r.inserts.size(), 3u);
  // Line 1 and eleven note lines (130 - 13 - 5 = 112pt) in column 1; column 2 all note.
  expect_insert(r.inserts[0], 0, 0, 11, 0, 0, 10 * kLine - 11 * kNoteLine);
  expect_insert(r.inserts[1], 0, 11, 12, 0, 1, 10 * kLine - 12 * kNoteLine);
  expect_at(r.placements[0], 0, 0, 0, 0);
  expect_at(r.placements[1], 1, 1, 0, 0);  // no room for text beside twelve note lines
  EXPECT_EQ(r.placements.size(), 12u);
}

TEST(Notes, LastPageBalancingCountsTheNotes) {
  // 10 lines and a 2-line note in 20-line columns: balanced at 6 lines, the note in column 1.
  Notes b;
  b.lines(2).note(2).lines(8);
  const FlowResult r = paginate(b.list(), with_notes(2, 20 * kLine, true));
  EXPECT_EQ(r.column_heights, (std::vector<std::vector<Sp>>{{6 * kLine, 6 * kLine}}));
  expect_only_insert(r, 2, 0, 0, 6 * kLine - 2 * kNoteLine);
  expect_run(r, 0, 3, 0, 0);
  expect_run(r, 4, 9, 0, 1);
}

TEST(Notes, TheNextPageComesForNotesAlone) {
  // The last line's note does not fit under it: its rest needs a page of its own.
  Notes b;
  b.lines(19).note(6);
  const FlowResult r = paginate(b.list(), with_notes(2, 10 * kLine));
  EXPECT_EQ(r.pages, 2);
  std::size_t placed = 0;
  for (const InsertPlacement& p : r.inserts) placed += p.count;
  EXPECT_EQ(placed, 6u);
  EXPECT_EQ(r.inserts.back().page, 1);
}

TEST(WideBlocks, ABlockBeforeAnyTextGoesToThisPagesTop) {
  Notes b;
  b.wide(2, pt(20), pt(15)).lines(4);
  const FlowResult r = paginate(b.list(), with_notes(2, 10 * kLine));
  expect_only_insert(r, 2, 0, -1, 0);
  // 55pt of block and 13 below it, rounded up to the grid: 78pt, six lines.
  EXPECT_EQ(r.page_top, (std::vector<Sp>{6 * kLine}));
  expect_run(r, 0, 3, 0, 0);
}

TEST(WideBlocks, ABlockMetMidPageGoesToTheNextPageTop) {
  Notes b;
  b.lines(3).wide(1, pt(30), pt(10)).lines(20);
  const FlowResult r = paginate(b.list(), with_notes(2, 10 * kLine));
  expect_only_insert(r, 1, 1, -1, 0);
  EXPECT_EQ(r.page_top, (std::vector<Sp>{0, 5 * kLine}));
  // Page 1 holds 20 lines; on page 2, 40pt of block and 13 below it take five lines.
  expect_run(r, 0, 9, 0, 0);
  expect_run(r, 20, 22, 1, 0);
}

TEST(WideBlocks, ABlockTallerThanAPageBreaksBetweenPartsWithItsRepeatAbove) {
  Notes b;
  b.wide(30, pt(10), pt(20)).lines(2);
  const FlowResult r = paginate(b.list(), with_notes(2, 10 * kLine));
  // 130pt: the repeat and eleven rows on page 1 (no text), the repeat and the rest on page 2.
  ASSERT_EQ(r.inserts.size(), 3u);
  expect_insert(r.inserts[0], 0, 0, 11, 0, -1, 0);
  expect_insert(r.inserts[1], 0, 11, 11, 1, -1, 0);
  expect_insert(r.inserts[2], 0, 22, 8, 2, -1, 0);
  EXPECT_EQ(r.page_top[0], 10 * kLine);
  expect_at(r.placements[0], 0, 2, 0, 0);
}

TEST(Tables, ARowStartingAColumnLeavesRoomForTheRepeatedHeader) {
  VerticalList list;
  list.items = {FlowItem::box(kLine, 0),   FlowItem::penalty_item(0),       FlowItem::box(kLine, 1, pt(20)),
                FlowItem::penalty_item(0), FlowItem::box(kLine, 2, pt(20)), FlowItem::snap(kLine),
                FlowItem::glue(0),         FlowItem::box(kLine, 3)};
  const FlowResult r = paginate(list, with_notes(2, 2 * kLine));
  ASSERT_EQ(r.placements.size(), 4u);
  expect_at(r.placements[0], 0, 0, 0, 0);
  expect_at(r.placements[1], 1, 0, 0, kLine);
  EXPECT_FALSE(r.placements[1].repeat);
  // Row 2 starts column 2 below its 20pt header; the snap takes the table to 39pt, a grid line.
  expect_at(r.placements[2], 2, 0, 1, pt(20));
  EXPECT_TRUE(r.placements[2].repeat);
  expect_at(r.placements[3], 3, 1, 0, 0);
}

TEST(Tables, SnapBringsTheTextBelowBackToTheGrid) {
  VerticalList list;
  list.items = {FlowItem::box(pt(20), 0), FlowItem::box(pt(11), 1), FlowItem::snap(kLine),
                FlowItem::glue(kLine), FlowItem::box(kLine, 2)};
  const FlowResult r = paginate(list, with_notes(1, 10 * kLine));
  expect_at(r.placements[2], 2, 0, 0, 3 * kLine + kLine);  // 31pt rounds to 39, then a line of space
}

TEST(WideBlocks, ABlocksKeepRaisesTheFewestPartsOfAPiece) {
  // 13 rows of 10pt in 130pt pages: 11 fit under the repeat, but two would be left alone.
  Notes plain;
  plain.wide(13, pt(10), pt(20));
  const FlowResult two = paginate(plain.list(), with_notes(2, 10 * kLine));
  ASSERT_EQ(two.inserts.size(), 2u);
  EXPECT_EQ(two.inserts[0].count, 11u);
  Notes kept;
  FlowInsert table;
  table.place = FlowInsert::Place::PageTop;
  table.parts.assign(13, pt(10));
  table.repeat = pt(20);
  table.keep = 3;
  kept.insert(table);
  const FlowResult three = paginate(kept.list(), with_notes(2, 10 * kLine));
  ASSERT_EQ(three.inserts.size(), 2u);
  EXPECT_EQ(three.inserts[0].count, 10u);
  EXPECT_EQ(three.inserts[1].count, 3u);
}

// Pseudo-random lists (fixed seed) of paragraphs with notes of 1 to 25 lines and wide blocks of 1
// to 40 rows, in one to three columns: pagination ends, every box and every part of every insert
// is placed once and in order, no note is set in a column before its marker's, and a column's text
// and notes fit it unless a single box is taller than the column.
TEST(InsertsRandom, EverythingPlacedOnceInOrderNotesNeverBeforeTheirMarker) {
  std::mt19937 rng(20261201);
  auto pick = [&rng](int lo, int hi) {
    return lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1));
  };
  for (int trial = 0; trial < 300; ++trial) {
    VerticalList list;
    std::map<int, int> marker_box;  // note insert -> the box whose line refers to it
    int box = 0;
    const int paragraphs = pick(1, 30);
    for (int p = 0; p < paragraphs; ++p) {
      if (p > 0) list.items.push_back(FlowItem::glue(pick(0, 1) ? kLine : 0));
      const int lines = pick(1, 8);
      for (int l = 0; l < lines; ++l) {
        if (l > 0) list.items.push_back(FlowItem::penalty_item(l == 1 || l == lines - 1 ? kNever : 0));
        list.items.push_back(FlowItem::box(kLine, box));
        if (pick(0, 9) == 0) {
          FlowInsert note;
          note.parts.assign(static_cast<std::size_t>(pick(1, 25)), kNoteLine);
          marker_box[static_cast<int>(list.inserts.size())] = box;
          list.items.push_back(FlowItem::insert(static_cast<int>(list.inserts.size())));
          list.inserts.push_back(note);
        }
        ++box;
      }
      if (pick(0, 14) == 0) {
        FlowInsert wide;
        wide.place = FlowInsert::Place::PageTop;
        wide.parts.assign(static_cast<std::size_t>(pick(1, 40)), pt(pick(8, 30)));
        wide.repeat = pt(20);
        list.items.push_back(FlowItem::insert(static_cast<int>(list.inserts.size())));
        list.inserts.push_back(wide);
      }
    }
    const int columns = pick(1, 3);
    const Sp height = kLine * pick(8, 30);
    const FlowResult r = paginate(list, with_notes(columns, height, pick(0, 1) == 1));
    SCOPED_TRACE("trial " + std::to_string(trial));
    // Boxes: once each, in order, never going back a column.
    ASSERT_EQ(r.placements.size(), static_cast<std::size_t>(box));
    std::map<int, std::pair<int, int>> where;  // box -> (page, column)
    for (std::size_t i = 0; i < r.placements.size(); ++i) {
      const Placement& p = r.placements[i];
      EXPECT_EQ(p.payload, static_cast<int>(i));
      if (i > 0) {
        const Placement& q = r.placements[i - 1];
        EXPECT_TRUE(p.page > q.page || (p.page == q.page && p.column >= q.column));
      }
      where[p.payload] = {p.page, p.column};
    }
    // Inserts: every part once, in order; notes at or after their marker's column.
    std::map<int, std::size_t> next;
    for (const InsertPlacement& p : r.inserts) {
      EXPECT_EQ(p.first, next[p.insert]);
      next[p.insert] = p.first + p.count;
      EXPECT_GT(p.count, 0u);
      if (p.column >= 0) {
        const std::pair<int, int> marker = where.at(marker_box.at(p.insert));
        EXPECT_TRUE(p.page > marker.first || (p.page == marker.first && p.column >= marker.second));
      }
    }
    for (std::size_t i = 0; i < list.inserts.size(); ++i)
      EXPECT_EQ(next[static_cast<int>(i)], list.inserts[i].parts.size()) << "insert " << i;
    // Every column's text and notes within its height (the top region taken off).
    for (std::size_t page = 0; page < r.column_heights.size(); ++page)
      for (const Sp used : r.column_heights[page]) EXPECT_LE(used, height - r.page_top[page]);
  }
}

}  // namespace
}  // namespace folio::flow
