// Tables composed with the shipped style and layout, read back from the frames: a table in its
// column with booktabs rules and aligned columns, a 300-row table across pages with its header
// repeated and no row split, a row taller than a column, a wide table at the top of the next
// page, and a table too wide even for the page.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "compose/page_geometry.hpp"
#include "compose/shipped_composer.hpp"
#include "frame/flatten.hpp"

namespace folio::compose {
namespace {

using frame::Role;

const std::string kFront = "---\npublication: Test Review\nissue: June 2025\n---\n\n";

// The text of a group's lines, joined by spaces.
std::string text_of(const frame::Frame& group) {
  std::string out;
  for (const frame::Placed<frame::LineInfo>& l : frame::flatten(group).lines)
    out += (out.empty() ? "" : " ") + l->text;
  return out;
}

struct Row {
  int page = 0;
  std::string region;
  Sp y = 0;
  std::vector<std::string> cells;
  bool header = false;
};

// Every table row on the pages, in page order, with its cells' text.
std::vector<Row> rows_of(const frame::PagedDoc& doc) {
  std::vector<Row> out;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const frame::Flat flat = frame::flatten(doc.pages[p]);
    for (const frame::Placed<frame::Frame>& g : flat.groups) {
      if (g.role != Role::TableRow) continue;
      Row row{static_cast<int>(p), std::string(g.region), g.at.y, {}, false};
      for (const frame::Placed<frame::Frame>& c : frame::flatten(*g).groups) {
        if (c.role != Role::TableCell && c.role != Role::TableHeaderCell) continue;
        row.header = c.role == Role::TableHeaderCell;
        row.cells.push_back(text_of(*c));
      }
      out.push_back(std::move(row));
    }
  }
  return out;
}

std::string long_table(int rows) {
  std::string md =
      kFront + "# Inventory\n\nThe full list follows.\n\n| No. | Item | Amount |\n|---:|:---|---:|\n";
  for (int i = 1; i <= rows; ++i)
    md += "| " + std::to_string(i) + " | Sample item number " + std::to_string(i) + " | " +
          std::to_string(i * 37) + " |\n";
  return md + "\nClosing words after the table.\n";
}

class TablesTest : public ::testing::Test {
 protected:
  testing::ShippedComposer composer_;
};

TEST_F(TablesTest, ColumnTableIsRuledAlignedAndFillsTheMeasure) {
  composer_.page.columns = 1;  // one column: the text after the table follows it there
  const frame::PagedDoc doc = composer_.run(kFront +
                                            "Budget in millions.\n\n| Programme | 2023 |\n|:---|---:|\n| "
                                            "Research | 38,420 |\n| Total | 91,325 |\n\n"
                                            "After.\n");
  const std::vector<Row> rows = rows_of(doc);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_TRUE(rows[0].header);
  EXPECT_EQ(rows[0].cells, (std::vector<std::string>{"Programme", "2023"}));
  EXPECT_EQ(rows[2].cells, (std::vector<std::string>{"Total", "91,325"}));
  const frame::Flat page = frame::flatten(doc.pages[0]);
  // Three rules across the column: 0.8pt above, 0.4pt under the header, 0.8pt below.
  std::vector<Sp> thickness;
  for (const frame::Placed<frame::Rule>& r : page.rules)
    if (r.region == "col1" && r->width == composer_.page.column_width()) thickness.push_back(r->height);
  EXPECT_EQ(thickness, (std::vector<Sp>{pt(0.8), pt(0.4), pt(0.8)}));
  // The number column is flush right: "91,325" ends at the column's right edge.
  for (const frame::Placed<frame::LineInfo>& l : page.lines)
    if (l->text == "91,325") {
      const Sp right = column_x(composer_.page, 0) + composer_.page.column_width();
      EXPECT_EQ(l.at.x + l->measure, right);
      EXPECT_LT(l->natural_width, l->measure);
    }
  // The text after the table is back on the baseline grid: a whole number of 15pt lines below
  // the text before it.
  Sp before = 0, after = 0;
  for (const frame::Placed<frame::LineInfo>& l : page.lines) {
    if (l->text == "Budget in millions.") before = l.at.y;
    if (l->text == "After.") after = l.at.y;
  }
  // Its line, 6pt of space before (a grid line), the table (50pt) and 6pt after it, rounded up
  // to the grid: six lines.
  EXPECT_EQ(after - before, pt(15) * 6);
}

TEST_F(TablesTest, ThreeHundredRowsBreakBetweenRowsWithTheHeaderOnEveryPiece) {
  Diagnostics diags;
  const frame::PagedDoc doc = composer_.run(long_table(300), diags);
  EXPECT_EQ(diags.all().size(), 0u);
  const std::vector<Row> rows = rows_of(doc);
  // Every body row once, whole (three cells), in order; a header above each column's piece.
  int next = 1;
  std::set<std::pair<int, std::string>> pieces, headed;
  for (const Row& r : rows) {
    if (r.header) {
      EXPECT_EQ(r.cells, (std::vector<std::string>{"No.", "Item", "Amount"}));
      headed.insert({r.page, r.region});
      continue;
    }
    ASSERT_EQ(r.cells.size(), 3u);
    EXPECT_EQ(r.cells[0], std::to_string(next));
    EXPECT_EQ(r.cells[1], "Sample item number " + std::to_string(next));
    pieces.insert({r.page, r.region});
    ++next;
  }
  EXPECT_EQ(next, 301);
  EXPECT_EQ(pieces, headed);
  // About 49 rows of 14pt fit a column under the header: a piece in each column of four pages.
  EXPECT_EQ(doc.pages.size(), 4u);
  EXPECT_EQ(pieces.size(), 8u);
  // Each piece but the last is closed by the bottom rule (0.8pt), as the last one is.
  int bottom_rules = 0;
  for (const frame::Frame& p : doc.pages)
    for (const frame::Placed<frame::Rule>& r : frame::flatten(p).rules)
      if (r->height == pt(0.8) && r.region != "masthead") ++bottom_rules;
  EXPECT_EQ(bottom_rules, 2 * 8);  // a top rule and a bottom rule per piece
}

TEST_F(TablesTest, ARowTallerThanAColumnIsCutBetweenItsLinesWithAWarning) {
  std::string cell;
  for (int i = 0; i < 400; ++i) cell += "word" + std::to_string(i) + " ";
  Diagnostics diags;
  const frame::PagedDoc doc =
      composer_.run(kFront + "| Name | Notes |\n|---|---|\n| Short | " + cell + "|\n| Next | row |\n", diags);
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(
      diags.all()[0].to_string(),
      "test.md:6:1: warning: row 1 of this table is taller than a column: it is split between its lines, "
      "its header repeated above the rest");
  // No word is lost: every one of the 400 is on some page, once.
  std::string all;
  for (const Row& r : rows_of(doc))
    for (const std::string& c : r.cells) all += c + " ";
  for (int i = 0; i < 400; ++i) EXPECT_NE(all.find("word" + std::to_string(i) + " "), std::string::npos) << i;
  EXPECT_NE(all.find("Next"), std::string::npos);
}

TEST_F(TablesTest, ATableTooWideForTheColumnGoesAcrossTheNextPageTop) {
  std::string md = kFront + "# Facilities\n\n";
  for (int i = 0; i < 4; ++i)
    md += "A paragraph of running text that fills the column before the table comes.\n\n";
  md +=
      "| Facility | Location | Field | Operator | Since | Users | Share | How to apply |\n"
      "|:---|:---|:---|:---|:---:|---:|---:|:---|\n"
      "| Shanghai Synchrotron Radiation Facility | Shanghai | X-ray light source | CAS Shanghai Advanced "
      "Research Institute | 2009 | 10,400 | 4% | [Two calls a year](https://example.org/ssrf) |\n\n";
  for (int i = 0; i < 60; ++i) md += "More running text after the table, enough to reach a second page.\n\n";
  const frame::PagedDoc doc = composer_.run(md);
  const std::vector<Row> rows = rows_of(doc);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].page, 1);  // text came first on page 1: the table waits for page 2's top
  EXPECT_EQ(rows[0].region, "top");
  EXPECT_EQ(rows[0].y, composer_.page.margins.top + pt(0.8) + pt(3));
  EXPECT_EQ(rows[1].cells.back(), "Two calls a year");
  // Page 2's columns start below it, on a whole number of grid lines.
  const frame::Flat page = frame::flatten(doc.pages[1]);
  Sp table_width = 0, first_col = 0;
  for (const frame::Placed<frame::Frame>& g : page.groups)
    if (g.role == Role::TableRow) table_width = std::max(table_width, g->width);
  for (const frame::Placed<frame::LineInfo>& l : page.lines)
    if (l.region == "col1" && first_col == 0) first_col = l.at.y;
  EXPECT_EQ(table_width, text_width(composer_.page));
  EXPECT_EQ((first_col - composer_.page.margins.top - baseline_in_leading(pt(15), pt(10.5))) % pt(15), 0);
}

TEST_F(TablesTest, ATableTooWideForThePageStepsDownToMinSizeThenBreaksWords) {
  std::string head = "|", delim = "|", row = "|";
  for (int c = 0; c < 14; ++c) {
    head += " Column" + std::to_string(c) + " |";
    delim += "---|";
    row += " Incomprehensibilities |";
  }
  Diagnostics diags;
  const frame::PagedDoc doc = composer_.run(kFront + head + "\n" + delim + "\n" + row + "\n", diags);
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(
      diags.all()[0].to_string(),
      "test.md:6:1: warning: this table is too wide for the page even at 6.5pt (the table style's min-size): "
      "words in its cells are broken");
  std::set<Sp> sizes;
  for (const frame::Frame& p : doc.pages)
    for (const frame::Placed<frame::GlyphRun>& r : frame::flatten(p).runs)
      if (r.region == "top") sizes.insert(r->size);
  EXPECT_EQ(sizes, (std::set<Sp>{pt(6.5)}));
}

}  // namespace
}  // namespace folio::compose
