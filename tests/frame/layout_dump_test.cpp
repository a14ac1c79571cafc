// The layout dump's exact text: what golden layout.txt files hold, from a hand-made page.
#include "frame/layout_dump.hpp"

#include <gtest/gtest.h>

namespace folio::frame {
namespace {

PagedDoc one_line_doc() {
  LineInfo info;
  info.style = "body";
  info.measure = pt(160);
  info.text = "Hello wor-";
  info.hyphenated = true;
  info.ratio = 0.25;
  Frame line;
  line.line = info;
  line.add({pt(10), -pt(9)}, Link{pt(20), pt(12), "https://example.org/", {}});
  Frame column;
  column.region = "col1";
  column.place({0, pt(12.5)}, std::move(line));
  Frame page;
  page.place({pt(50), pt(70)}, std::move(column));
  page.add({pt(1), pt(2)}, Rule{pt(3), pt(0.5), Color{}});

  PagedDoc doc;
  doc.width = pt(400);
  doc.height = pt(600);
  doc.pages.push_back(std::move(page));
  return doc;
}

TEST(LayoutDump, LinesThenLinksThenRulesOnThePage) {
  EXPECT_EQ(dump_layout(one_line_doc()),
            "document 400.000 x 600.000 pt, 1 pages\n"
            "page 1\n"
            "  col1 body y=82.500 x=50.000 w=160.000 r=0.250 hyphen | Hello wor-\n"
            "  link x=60.000 y=73.500 w=20.000 h=12.000 https://example.org/\n"
            "  rule x=1.000 y=2.000 w=3.000 h=0.500\n");
}

TEST(LayoutDump, EndOfParagraphNegativeRatioAndEmptyPages) {
  PagedDoc doc = one_line_doc();
  Frame& column = std::get<Frame>(doc.pages[0].items[0].content);
  LineInfo& info = *std::get<Frame>(column.items[0].content).line;
  info.hyphenated = false;
  info.last_of_paragraph = true;
  info.ratio = -0.0204;
  doc.pages.emplace_back();
  const std::string dump = dump_layout(doc);
  EXPECT_NE(dump.find("  col1 body y=82.500 x=50.000 w=160.000 r=-0.020 end | Hello wor-\n"), std::string::npos)
      << dump;
  EXPECT_EQ(dump.substr(0, dump.find('\n')), "document 400.000 x 600.000 pt, 2 pages");
  EXPECT_EQ(dump.substr(dump.size() - 7), "page 2\n");
}

// Tables and notes add lines of their own after the rules: their groups (with the region they sit
// in), note markers and anchors; internal links print their anchor.
TEST(LayoutDump, TableGroupsNoteMarkersAndAnchors) {
  PagedDoc doc = one_line_doc();
  Frame cell;
  cell.width = pt(40);
  cell.height = pt(11);
  GlyphRun marker;
  marker.push(Glyph{1, static_cast<std::int32_t>(pt(3)), 0, 0, 0}, "2");
  cell.add({pt(5), pt(8)}, marker, Role::NoteRef);
  cell.add({pt(4), pt(1)}, Link{pt(3), pt(6), {}, "note-2"});
  cell.add({pt(4), 0}, Anchor{"noteref-2"});
  Frame row;
  row.width = pt(160);
  row.height = pt(14);
  row.place({pt(60), pt(1.5)}, std::move(cell), Role::TableCell);
  Frame& column = std::get<Frame>(doc.pages[0].items[0].content);
  column.place({0, pt(30)}, std::move(row), Role::TableRow);
  const std::string dump = dump_layout(doc);
  const std::string tail = dump.substr(dump.find("  rule"));
  EXPECT_EQ(tail,
            "  rule x=1.000 y=2.000 w=3.000 h=0.500\n"
            "  col1 tr x=50.000 y=100.000 w=160.000 h=14.000\n"
            "  col1 td x=110.000 y=101.500 w=40.000 h=11.000\n"
            "  noteref x=115.000 y=109.500 2\n"
            "  anchor x=114.000 y=101.500 noteref-2\n");
  EXPECT_NE(dump.find("  link x=114.000 y=102.500 w=3.000 h=6.000 #note-2\n"), std::string::npos) << dump;
}

}  // namespace
}  // namespace folio::frame
