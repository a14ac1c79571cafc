// GFM footnotes: references numbered in order of first use (restarting with each issue), the
// definitions as notes, and one warning for a reference nobody defines and for a definition
// nothing refers to.
#include <gtest/gtest.h>

#include "input/input_test_util.hpp"

namespace folio::input {
namespace {

using testing::dump;
using testing::parse_body;
using testing::parse_clean;
using testing::where;

TEST(Footnotes, NumberedInOrderOfFirstReference) {
  const Document doc = parse_clean(
      "Budget[^b] and source[^a], again[^b].\n\n[^a]: The *source*, see [here](https://example.org).\n\n"
      "[^b]: Rounded.\n\n    Second paragraph.\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(dump(doc.blocks[0].inlines), "Budgetnote(1) and sourcenote(2), againnote(1).");
  EXPECT_EQ(where(doc.blocks[0].inlines[1].pos), "issue.md:5:7");
  ASSERT_EQ(doc.notes.size(), 2u);
  EXPECT_EQ(doc.notes[0].number, 1);
  ASSERT_EQ(doc.notes[0].blocks.size(), 2u);  // [^b]: two paragraphs
  EXPECT_EQ(dump(doc.notes[0].blocks[0].inlines), "Rounded.");
  EXPECT_EQ(dump(doc.notes[0].blocks[1].inlines), "Second paragraph.");
  EXPECT_EQ(where(doc.notes[0].pos), "issue.md:9:1");
  EXPECT_EQ(doc.notes[1].number, 2);
  EXPECT_EQ(dump(doc.notes[1].blocks.at(0).inlines), "The em(source), see link<https://example.org>(here).");
}

TEST(Footnotes, InTableCellsAndHeadings) {
  const Document doc =
      parse_clean("# Title[^t]\n\n| A | B[^c] |\n|---|---|\n| 1 | 2 |\n\n[^t]: T.\n[^c]: C.\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(dump(doc.blocks[0].inlines), "Titlenote(1)");
  EXPECT_EQ(plain_text(doc.blocks[0].inlines), "Title");  // contents and outline leave the marker out
  EXPECT_EQ(dump(doc.blocks[1].table.header.cells[1]), "Bnote(2)");
  EXPECT_EQ(doc.notes.size(), 2u);
}

TEST(Footnotes, UndefinedReferenceWarnsOnceAndStaysText) {
  Diagnostics diags;
  const Document doc =
      parse_body("One[^x] and\ntwo [^missing] here. Escaped \\[^lit] is text.\n\n[^x]: X.\n", diags);
  EXPECT_EQ(dump(diags),
            "issue.md:6:5: warning: footnote [^missing] is not defined; it is printed as written\n");
  EXPECT_EQ(dump(doc.blocks.at(0).inlines), "Onenote(1) and~two [^missing] here. Escaped [^lit] is text.");
}

TEST(Footnotes, UnusedAndDuplicateDefinitionsWarnAtTheirLine) {
  Diagnostics diags;
  const Document doc = parse_body(
      "Text[^a].\n\n```\n[^code]: not a definition\n```\n\n[^a]: A.\n[^unused]: Never.\n\n[^A]: Again.\n",
      diags);
  EXPECT_EQ(dump(diags),
            "issue.md:12:1: warning: footnote [^unused] is never referred to; it is left out\n"
            "issue.md:14:1: warning: footnote [^A] is defined twice; this definition is left out\n");
  ASSERT_EQ(doc.notes.size(), 1u);
  EXPECT_EQ(dump(doc.notes[0].blocks.at(0).inlines), "A.");
}

TEST(Footnotes, NumberingRestartsWithEachIssue) {
  Diagnostics diags;
  for (int i = 0; i < 2; ++i) {
    const Document doc = parse_body("X[^z] Y[^y].\n\n[^y]: y\n[^z]: z\n", diags);
    EXPECT_EQ(dump(doc.blocks.at(0).inlines), "Xnote(1) Ynote(2).");
    EXPECT_EQ(dump(doc.notes.at(0).blocks.at(0).inlines), "z");
  }
}

}  // namespace
}  // namespace folio::input
