// Exact content streams for hand-made pages, with a fake font whose glyphs are all 500/1000 em.
#include "pdf/content_stream.hpp"

#include <gtest/gtest.h>

#include <regex>

namespace folio::pdf {
namespace {

const std::vector<ContentFont> kFonts = {{0, "F0", [](std::uint32_t) { return 500.0; }},
                                         {1, "F1", [](std::uint32_t) { return 250.0; }}};
const Sp kHeight = pt(800);

frame::Glyph glyph(std::uint32_t gid, double advance_pt, double dx = 0, double dy = 0) {
  frame::Glyph g;
  g.gid = gid;
  g.x_advance = static_cast<std::int32_t>(pt(advance_pt));
  g.x_offset = static_cast<std::int32_t>(pt(dx));
  g.y_offset = static_cast<std::int32_t>(pt(dy));
  return g;
}

// Adds a run of `font` at (x, y) in points to `page`.
void add_run(frame::Frame& page, int font, double size, double x, double y, std::vector<frame::Glyph> glyphs,
             Color color = {}) {
  frame::GlyphRun r;
  r.font = font;
  r.size = pt(size);
  r.color = color;
  r.glyphs = std::move(glyphs);
  page.add({pt(x), pt(y)}, std::move(r));
}

void add_rule(frame::Frame& page, double x, double y, double width, double height, Color color) {
  page.add({pt(x), pt(y)}, frame::Rule{pt(width), pt(height), color});
}

TEST(ContentStream, AdjustsOnlyWhereTheAdvanceDiffersFromTheWidth) {
  frame::Frame page;
  // Natural width at 10 pt: 5 pt. The second glyph is 1 pt wider: -100 thousandths before the third.
  add_run(page, 0, 10, 10, 100, {glyph(1, 5), glyph(2, 6), glyph(0x4A3, 5)});
  auto c = page_content(page, kHeight, kFonts);
  EXPECT_EQ(c.stream,
            "BT\n/F0 10 Tf\n0 0 0 rg\n1 0 0 1 10 700 Tm\n"
            "[<00010002>-100<04A3>] TJ\nET\n");
  EXPECT_EQ(c.fonts, std::vector<int>{0});
}

TEST(ContentStream, OffsetGlyphsGetTheirOwnTextMatrix) {
  frame::Frame page;
  // A mark with HarfBuzz offsets (1 pt right, 2 pt up), then back to the baseline.
  add_run(page, 0, 10, 10, 100, {glyph(1, 5), glyph(2, 0, 1, 2), glyph(3, 5)});
  auto c = page_content(page, kHeight, kFonts);
  EXPECT_EQ(c.stream,
            "BT\n/F0 10 Tf\n0 0 0 rg\n"
            "1 0 0 1 10 700 Tm\n[<0001>] TJ\n"
            "1 0 0 1 16 702 Tm\n[<0002>] TJ\n"
            "1 0 0 1 15 700 Tm\n[<0003>] TJ\nET\n");
}

TEST(ContentStream, HorizontalOffsetContinuesOnTheSameLine) {
  frame::Frame page;
  add_run(page, 0, 10, 0, 100, {glyph(1, 5), glyph(2, 5, -1), glyph(3, 5)});
  auto c = page_content(page, kHeight, kFonts);
  // Glyph 2 moves to 4 pt by its own Tm; glyph 3 (target 10, pen at 9) follows with -100.
  EXPECT_EQ(c.stream,
            "BT\n/F0 10 Tf\n0 0 0 rg\n"
            "1 0 0 1 0 700 Tm\n[<0001>] TJ\n"
            "1 0 0 1 4 700 Tm\n[<0002>-100<0003>] TJ\nET\n");
}

TEST(ContentStream, RulesFirstThenOneTextBlockWithStateChangesOnly) {
  frame::Frame page;
  add_rule(page, 10, 50, 100, 2, Color::rgb(1, 0, 0));
  add_run(page, 1, 12, 20, 200, {glyph(5, 3)});
  add_run(page, 1, 12, 20, 220, {glyph(6, 3)});  // same font, size, colour
  add_run(page, 0, 12, 20, 240, {glyph(7, 6)}, Color::rgb(0, 0, 0.5));
  auto c = page_content(page, kHeight, kFonts);
  EXPECT_EQ(c.stream,
            "1 0 0 rg\n10 748 100 2 re f\n"
            "BT\n/F1 12 Tf\n0 0 0 rg\n1 0 0 1 20 600 Tm\n[<0005>] TJ\n"
            "1 0 0 1 20 580 Tm\n[<0006>] TJ\n"
            "/F0 12 Tf\n0 0 0.5 rg\n1 0 0 1 20 560 Tm\n[<0007>] TJ\nET\n");
  EXPECT_EQ(c.fonts, (std::vector<int>{0, 1}));
}

// A group moves what it holds: a run and a rule inside a frame placed at (30, 40), in a frame
// placed at (5, 5), land at their sums; a rule of the page before the group is still drawn first.
TEST(ContentStream, GroupsMoveWhatTheyHold) {
  frame::Frame line;
  add_run(line, 0, 10, 2, 0, {glyph(1, 5)});
  add_rule(line, 2, 1, 5, 0.5, Color{});
  frame::Frame block;
  block.place({pt(30), pt(40)}, std::move(line));
  frame::Frame page;
  add_rule(page, 0, 0, 10, 10, Color::rgb(1, 0, 0));
  page.place({pt(5), pt(5)}, std::move(block));
  EXPECT_EQ(page_content(page, kHeight, kFonts).stream,
            "1 0 0 rg\n0 790 10 10 re f\n0 0 0 rg\n37 753.5 5 0.5 re f\n"
            "BT\n/F0 10 Tf\n1 0 0 1 37 755 Tm\n[<0001>] TJ\nET\n");
}

// Runs name fonts by id; the resource and the widths are those of the entry with that id.
TEST(ContentStream, FontsAreFoundByTheirId) {
  const std::vector<ContentFont> fonts = {{7, "F0", [](std::uint32_t) { return 500.0; }},
                                          {3, "F1", [](std::uint32_t) { return 250.0; }}};
  frame::Frame page;
  add_run(page, 3, 10, 0, 100, {glyph(1, 2.5), glyph(2, 2.5)});
  const PageContent c = page_content(page, kHeight, fonts);
  EXPECT_EQ(c.stream, "BT\n/F1 10 Tf\n0 0 0 rg\n1 0 0 1 0 700 Tm\n[<00010002>] TJ\nET\n");
  EXPECT_EQ(c.fonts, std::vector<int>{1});
  add_run(page, 4, 10, 0, 100, {glyph(1, 5)});
  EXPECT_THROW(page_content(page, kHeight, fonts), std::invalid_argument);
}

TEST(ContentStream, CmykUsesK) {
  frame::Frame page;
  add_rule(page, 0, 0, 10, 10, Color::cmyk(0.1, 0.2, 0.3, 0.4));
  add_run(page, 0, 10, 0, 100, {glyph(1, 5)}, Color::cmyk(0, 0, 0, 1));
  auto c = page_content(page, kHeight, kFonts);
  EXPECT_EQ(c.stream,
            "0.1 0.2 0.3 0.4 k\n0 790 10 10 re f\n"
            "BT\n/F0 10 Tf\n0 0 0 1 k\n1 0 0 1 0 700 Tm\n[<0001>] TJ\nET\n");
}

TEST(ContentStream, EmptyPageAndEmptyRunsWriteNothing) {
  frame::Frame page;
  add_run(page, 0, 10, 0, 0, {});
  add_rule(page, 0, 0, 0, 3, Color{});
  auto c = page_content(page, kHeight, kFonts);
  EXPECT_EQ(c.stream, "");
  EXPECT_TRUE(c.fonts.empty());
}

TEST(ContentStream, NumbersKeepThreeDecimalsWithoutExponents) {
  frame::Frame page;
  std::vector<frame::Glyph> glyphs;
  for (int i = 0; i < 50; ++i) glyphs.push_back(glyph(1, 4.7 + i / 7.0));
  add_run(page, 0, 9.87654, 33.33333, 123.45678, glyphs);
  auto c = page_content(page, kHeight, kFonts);
  EXPECT_NE(c.stream.find("/F0 9.877 Tf"), std::string::npos);
  EXPECT_NE(c.stream.find("1 0 0 1 33.333 676.543 Tm"), std::string::npos);
  // Every number token (hex strings and names aside) is plain decimal with <= 3 decimals.
  std::string numbers = std::regex_replace(c.stream, std::regex(R"(<[0-9A-F]*>|/F0|[\[\]])"), " ");
  std::regex token(R"(\S+)"), plain(R"(-?[0-9]+(\.[0-9]{1,3})?)");
  int count = 0;
  for (auto it = std::sregex_iterator(numbers.begin(), numbers.end(), token); it != std::sregex_iterator();
       ++it) {
    std::string t = it->str();
    if (t == "BT" || t == "ET" || t == "Tf" || t == "rg" || t == "Tm" || t == "TJ") continue;
    EXPECT_TRUE(std::regex_match(t, plain)) << t;
    ++count;
  }
  EXPECT_GT(count, 50);  // the adjustments are there
}

}  // namespace
}  // namespace folio::pdf
