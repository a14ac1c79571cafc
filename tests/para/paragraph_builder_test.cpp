// The paragraph builder end to end on real fonts: items, total-fit breaks, re-shaping,
// justification, expansion, underline and link fragments.
#include "para/paragraph_builder.hpp"

#include <gtest/gtest.h>

#include <numeric>

#include "font/font_db.hpp"
#include "text/hyphenator.hpp"
#include "text/shaper.hpp"

namespace folio::para {
namespace {

class ParagraphBuilderTest : public ::testing::Test {
 protected:
  ParagraphBuilderTest()
      : fonts_(std::string(FOLIO_SOURCE_DIR) + "/fonts"),
        hyphenator_(text::Hyphenator::dictionary_for("en")),
        builder_(fonts_, shapes_, &hyphenator_) {}

  SpanStyle serif(Sp size = pt(10)) const {
    SpanStyle s;
    s.face = *fonts_.find("Noto Serif", 400, false);
    s.size = size;
    return s;
  }

  ParagraphSpec spec(std::vector<Span> spans, Sp measure) const {
    ParagraphSpec p;
    p.spans = std::move(spans);
    p.measure = measure;
    return p;
  }

  static Sp line_width(const Line& l) {
    Sp w = 0;
    for (const LineRun& r : l.runs)
      for (const LineGlyph& g : r.glyphs) w += g.x_advance;
    return l.runs.empty() ? 0 : l.runs.front().x + w;
  }

  static std::string glyph_texts(const Line& l) {
    std::string out;
    for (const LineRun& r : l.runs)
      for (const LineGlyph& g : r.glyphs) out += "[" + g.text + "]";
    return out;
  }

  font::FontDb fonts_;
  text::ShapeCache shapes_;
  text::Hyphenator hyphenator_;
  ParagraphBuilder builder_;
};

const char* const kText =
    "The Institute of Automation of the Chinese Academy of Sciences, in collaboration with National "
    "Astronomical Observatories of Chinese Academy of Sciences developed a cutting-edge artificial "
    "intelligence model, offering a transformative tool for astronomical research.";

TEST_F(ParagraphBuilderTest, JustifiedLinesFillTheMeasureExactly) {
  const Sp measure = pt(230);
  const std::vector<Line> lines = builder_.build(spec({{kText, serif()}}, measure));
  ASSERT_GE(lines.size(), 3u);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    EXPECT_NEAR(static_cast<double>(line_width(lines[i])), static_cast<double>(measure), 64.0)
        << lines[i].text;
    EXPECT_GE(lines[i].ratio, -1.0);
    EXPECT_LE(lines[i].ratio, 1.3);  // within tolerance 200
  }
  // The last line is set at natural spacing, with no expansion.
  EXPECT_EQ(lines.back().ratio, 0);
  EXPECT_EQ(lines.back().runs.front().h_scale, 1.0);
  EXPECT_LT(line_width(lines.back()), measure);
}

TEST_F(ParagraphBuilderTest, TextReadsBackWordForWord) {
  const std::vector<Line> lines = builder_.build(spec({{kText, serif()}}, pt(230)));
  std::string joined;
  bool glue_next = false;  // the previous line ended inside a word
  for (const Line& l : lines) {
    std::string t = l.text;
    if (l.hyphenated) t.pop_back();  // no explicit hyphen falls at a line end in this text
    joined += (joined.empty() || glue_next ? "" : " ") + t;
    glue_next = l.hyphenated;
  }
  EXPECT_EQ(joined, kText);
}

TEST_F(ParagraphBuilderTest, ExpansionStaysWithinItsLimit) {
  ParagraphSpec p = spec({{kText, serif()}}, pt(230));
  p.breaking.expansion = 0.03;
  for (const Line& l : builder_.build(p)) {
    ASSERT_FALSE(l.runs.empty());
    EXPECT_GE(l.runs.front().h_scale, 0.97 - 1e-9);
    EXPECT_LE(l.runs.front().h_scale, 1.03 + 1e-9);
  }
  p.breaking.expansion = 0;
  for (const Line& l : builder_.build(p)) EXPECT_EQ(l.runs.front().h_scale, 1.0);
}

TEST_F(ParagraphBuilderTest, HyphenatedWordLosesItsLigatureAcrossTheBreak) {
  // Unbroken, "difficulties" shapes "ffi" as one glyph.
  const std::vector<Line> whole = builder_.build(spec({{"difficulties", serif()}}, pt(300)));
  ASSERT_EQ(whole.size(), 1u);
  EXPECT_NE(glyph_texts(whole[0]).find("[ffi]"), std::string::npos) << glyph_texts(whole[0]);
  // In a column too narrow for more than a syllable, each part is shaped on its own.
  ParagraphSpec narrow = spec({{"difficulties", serif()}}, pt(24));
  narrow.hyphen_min_word = 5;
  const std::vector<Line> parts = builder_.build(narrow);
  ASSERT_GE(parts.size(), 2u);
  EXPECT_EQ(parts[0].text, "dif-");
  EXPECT_TRUE(parts[0].hyphenated);
  EXPECT_EQ(glyph_texts(parts[0]), "[d][i][f][-]");
  EXPECT_EQ(parts[1].text.substr(0, 2), "fi");
  EXPECT_EQ(glyph_texts(parts[1]).substr(0, 4), "[fi]");
}

TEST_F(ParagraphBuilderTest, NeverMoreThanTwoHyphenatedLinesInARow) {
  const std::string text =
      "Biologists successfully engineered extraordinarily complicated multidimensional international "
      "collaboration infrastructure, characterizing interdisciplinary environmental responsibilities "
      "internationally, notwithstanding organizational implementation considerations.";
  const std::vector<Line> lines = builder_.build(spec({{text, serif()}}, pt(120)));
  int run = 0, longest = 0;
  for (const Line& l : lines) {
    run = l.hyphenated ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  EXPECT_LE(longest, 2);
  EXPECT_GT(lines.size(), 8u);
}

TEST_F(ParagraphBuilderTest, FirstLineIndent) {
  ParagraphSpec p = spec({{kText, serif()}}, pt(230));
  p.first_indent = pt(10);
  const std::vector<Line> lines = builder_.build(p);
  EXPECT_EQ(lines[0].runs.front().x, pt(10));
  EXPECT_EQ(lines[1].runs.front().x, 0);
}

TEST_F(ParagraphBuilderTest, LinkAcrossTwoLinesGivesOneFragmentPerLine) {
  SpanStyle link = serif();
  link.link = "https://example.org/a";
  link.link_id = 1;
  link.underline = true;
  const std::vector<Line> lines = builder_.build(spec({{"Read the report on ", serif()},
                                                       {"international scientific cooperation", link},
                                                       {" today.", serif()}},
                                                      pt(150)));
  std::size_t fragments = 0;
  for (const Line& l : lines) {
    fragments += l.links.size();
    for (const Fragment& f : l.links) {
      EXPECT_EQ(f.uri, "https://example.org/a");
      EXPECT_GT(f.width, 0);
    }
    EXPECT_EQ(l.links.size(), l.underlines.size());
  }
  EXPECT_EQ(fragments, 2u);
  // Noto Serif's post table: underline 50 units thick, its top 100 units below the baseline.
  const Fragment& u = lines[0].underlines.at(0);
  EXPECT_EQ(u.thickness, pt(0.5));
  EXPECT_EQ(u.offset, pt(1));
}

TEST_F(ParagraphBuilderTest, HardBreakEndsALineAtNaturalSpacing) {
  const std::vector<Line> lines =
      builder_.build(spec({{"first line", serif()}, {"\n", serif()}, {"second line", serif()}}, pt(200)));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "first line");
  EXPECT_EQ(lines[0].ratio, 0);
  EXPECT_EQ(lines[1].text, "second line");
}

TEST_F(ParagraphBuilderTest, CentredAndRightAlignedLines) {
  ParagraphSpec p = spec({{"centre", serif()}}, pt(200));
  p.align = style::Align::Center;
  const Line c = builder_.build(p).at(0);
  EXPECT_EQ(c.runs.front().x, (pt(200) - c.natural_width) / 2);
  p.align = style::Align::Right;
  const Line r = builder_.build(p).at(0);
  EXPECT_EQ(r.runs.front().x, pt(200) - r.natural_width);
}

TEST_F(ParagraphBuilderTest, MissingCharactersFallBackToAFaceThatHasThem) {
  // Noto Serif has no arrow; Noto Sans Mono does.
  const std::vector<Line> lines = builder_.build(spec({{"left \u2192 right", serif()}}, pt(200)));
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 3u);
  EXPECT_NE(lines[0].runs[1].face, serif().face);
  EXPECT_EQ(fonts_.face(lines[0].runs[1].face).family(), "Noto Sans Mono");
}

}  // namespace
}  // namespace folio::para
