// GFM tables (cmark-gfm's table extension): header, alignments, cells with inline formatting,
// links, <br> and escaped pipes, short rows, positions.
#include <gtest/gtest.h>

#include "input/input_test_util.hpp"

namespace folio::input {
namespace {

using testing::dump;
using testing::parse_clean;
using testing::where;

std::string cells(const TableRow& row) {
  std::string out;
  for (const std::vector<Inline>& cell : row.cells) out += (out.empty() ? "" : " | ") + dump(cell);
  return out;
}

TEST(Tables, HeaderAlignmentsAndRows) {
  const Document doc = parse_clean(
      "Before.\n\n| Programme | 2022 | Share | Note |\n|:---|---:|:-:|---|\n| R&D | 38,420 | 41% | "
      "*new* |\n| **Total** | **91,325** | 100% | [src](https://example.org/a) |\n\nAfter.\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  const Block& b = doc.blocks[1];
  ASSERT_EQ(b.kind, BlockKind::Table);
  EXPECT_EQ(b.table.columns, (std::vector<ColumnAlign>{ColumnAlign::Left, ColumnAlign::Right,
                                                       ColumnAlign::Center, ColumnAlign::Default}));
  EXPECT_EQ(cells(b.table.header), "Programme | 2022 | Share | Note");
  ASSERT_EQ(b.table.rows.size(), 2u);
  EXPECT_EQ(cells(b.table.rows[0]), "R&D | 38,420 | 41% | em(new)");
  EXPECT_EQ(cells(b.table.rows[1]),
            "strong(Total) | strong(91,325) | 100% | link<https://example.org/a>(src)");
  EXPECT_EQ(where(b.pos), "issue.md:7:1");
  EXPECT_EQ(where(b.table.header.pos), "issue.md:7:1");
  EXPECT_EQ(where(b.table.rows[1].pos), "issue.md:10:1");
  EXPECT_EQ(where(b.table.rows[1].cells[0][0].pos), "issue.md:10:3");
}

TEST(Tables, BreaksPipesAndShortRows) {
  const Document doc =
      parse_clean("| A | B | C |\n|---|---|---|\n| one<br>two | a \\| b | `x` |\n| only |\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Table& t = doc.blocks[0].table;
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(cells(t.rows[0]), "one/two | a | b | code(x)");
  // A short row is padded with empty cells, which take the row's position.
  ASSERT_EQ(t.rows[1].cells.size(), 3u);
  EXPECT_EQ(cells(t.rows[1]), "only |  | ");
}

TEST(Tables, InsideAQuoteAndWithoutBodyRows) {
  const Document doc = parse_clean("> | Head | Two |\n> |--:|---|\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  ASSERT_EQ(doc.blocks[0].kind, BlockKind::BlockQuote);
  const Block& t = doc.blocks[0].children.at(0);
  ASSERT_EQ(t.kind, BlockKind::Table);
  EXPECT_EQ(cells(t.table.header), "Head | Two");
  EXPECT_TRUE(t.table.rows.empty());
}

TEST(Tables, PipesWithoutADelimiterRowStayText) {
  const Document doc = parse_clean("a | b\nc | d\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::Paragraph);
  EXPECT_EQ(dump(doc.blocks[0].inlines), "a | b~c | d");
}

}  // namespace
}  // namespace folio::input
