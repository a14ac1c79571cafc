// The paragraph builder end to end on real fonts: items, total-fit breaks, re-shaping,
// justification, expansion, underlines and link areas, and the line frames it returns.
#include "para/paragraph_builder.hpp"

#include <gtest/gtest.h>

#include <numeric>

#include "font/font_db.hpp"
#include "frame/flatten.hpp"
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

  using Runs = std::vector<frame::Placed<frame::GlyphRun>>;
  static Runs runs(const frame::Frame& l) { return frame::flatten(l).runs; }

  static Sp line_width(const frame::Frame& l) {
    Sp w = 0;
    for (const auto& r : runs(l))
      for (const frame::Glyph& g : r->glyphs) w += g.x_advance;
    return runs(l).empty() ? 0 : runs(l).front().at.x + w;
  }

  static std::string glyph_texts(const frame::Frame& l) {
    std::string out;
    for (const auto& r : runs(l))
      for (std::size_t i = 0; i < r->glyphs.size(); ++i) out += "[" + std::string(r->text_of(i)) + "]";
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
  const std::vector<frame::Frame> lines = builder_.build(spec({{kText, serif()}}, measure));
  ASSERT_GE(lines.size(), 3u);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    EXPECT_NEAR(static_cast<double>(line_width(lines[i])), static_cast<double>(measure), 64.0)
        << lines[i].line->text;
    EXPECT_GE(lines[i].line->ratio, -1.0);
    EXPECT_LE(lines[i].line->ratio, 1.3);  // within tolerance 200
  }
  // The last line is set at natural spacing, with no expansion.
  EXPECT_EQ(lines.back().line->ratio, 0);
  EXPECT_EQ(runs(lines.back()).front()->h_scale, 1.0);
  EXPECT_LT(line_width(lines.back()), measure);
}

TEST_F(ParagraphBuilderTest, TextReadsBackWordForWord) {
  const std::vector<frame::Frame> lines = builder_.build(spec({{kText, serif()}}, pt(230)));
  std::string joined;
  bool glue_next = false;  // the previous line ended inside a word
  for (const frame::Frame& l : lines) {
    std::string t = l.line->text;
    if (l.line->hyphenated) t.pop_back();  // no explicit hyphen falls at a line end in this text
    joined += (joined.empty() || glue_next ? "" : " ") + t;
    glue_next = l.line->hyphenated;
  }
  EXPECT_EQ(joined, kText);
}

TEST_F(ParagraphBuilderTest, ExpansionStaysWithinItsLimit) {
  ParagraphSpec p = spec({{kText, serif()}}, pt(230));
  p.breaking.expansion = 0.03;
  for (const frame::Frame& l : builder_.build(p)) {
    ASSERT_FALSE(runs(l).empty());
    EXPECT_GE(runs(l).front()->h_scale, 0.97 - 1e-9);
    EXPECT_LE(runs(l).front()->h_scale, 1.03 + 1e-9);
  }
  p.breaking.expansion = 0;
  for (const frame::Frame& l : builder_.build(p)) EXPECT_EQ(runs(l).front()->h_scale, 1.0);
}

TEST_F(ParagraphBuilderTest, HyphenatedWordLosesItsLigatureAcrossTheBreak) {
  // Unbroken, "difficulties" shapes "ffi" as one glyph.
  const std::vector<frame::Frame> whole = builder_.build(spec({{"difficulties", serif()}}, pt(300)));
  ASSERT_EQ(whole.size(), 1u);
  EXPECT_NE(glyph_texts(whole[0]).find("[ffi]"), std::string::npos) << glyph_texts(whole[0]);
  // In a column too narrow for more than a syllable, each part is shaped on its own.
  ParagraphSpec narrow = spec({{"difficulties", serif()}}, pt(24));
  narrow.hyphen_min_word = 5;
  const std::vector<frame::Frame> parts = builder_.build(narrow);
  ASSERT_GE(parts.size(), 2u);
  EXPECT_EQ(parts[0].line->text, "dif-");
  EXPECT_TRUE(parts[0].line->hyphenated);
  EXPECT_EQ(glyph_texts(parts[0]), "[d][i][f][-]");
  EXPECT_EQ(parts[1].line->text.substr(0, 2), "fi");
  EXPECT_EQ(glyph_texts(parts[1]).substr(0, 4), "[fi]");
}

TEST_F(ParagraphBuilderTest, NeverMoreThanTwoHyphenatedLinesInARow) {
  const std::string text =
      "Biologists successfully engineered extraordinarily complicated multidimensional international "
      "collaboration infrastructure, characterizing interdisciplinary environmental responsibilities "
      "internationally, notwithstanding organizational implementation considerations.";
  const std::vector<frame::Frame> lines = builder_.build(spec({{text, serif()}}, pt(120)));
  int run = 0, longest = 0;
  for (const frame::Frame& l : lines) {
    run = l.line->hyphenated ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  EXPECT_LE(longest, 2);
  EXPECT_GT(lines.size(), 8u);
}

TEST_F(ParagraphBuilderTest, FirstLineIndent) {
  ParagraphSpec p = spec({{kText, serif()}}, pt(230));
  p.first_indent = pt(10);
  const std::vector<frame::Frame> lines = builder_.build(p);
  EXPECT_EQ(runs(lines[0]).front().at.x, pt(10));
  EXPECT_EQ(runs(lines[1]).front().at.x, 0);
}

TEST_F(ParagraphBuilderTest, LinkAcrossTwoLinesGivesOneAreaPerLine) {
  SpanStyle link = serif();
  link.link = "https://example.org/a";
  link.link_id = 1;
  link.underline = true;
  const std::vector<frame::Frame> lines = builder_.build(spec({{"Read the report on ", serif()},
                                                       {"international scientific cooperation", link},
                                                       {" today.", serif()}},
                                                      pt(150)));
  std::size_t areas = 0;
  for (const frame::Frame& l : lines) {
    const frame::Flat items = frame::flatten(l);
    areas += items.links.size();
    for (const auto& f : items.links) {
      EXPECT_EQ(f->uri, "https://example.org/a");
      EXPECT_GT(f->width, 0);
    }
    EXPECT_EQ(items.links.size(), items.rules.size());
  }
  EXPECT_EQ(areas, 2u);
  // Noto Serif's post table: underline 50 units thick, its top 100 units below the baseline.
  const frame::Flat first = frame::flatten(lines[0]);
  EXPECT_EQ(first.rules.at(0)->height, pt(0.5));
  EXPECT_EQ(first.rules.at(0).at.y, pt(1));
  // The link's box spans the face's ascender above the baseline to its descender below.
  const font::FaceMetrics& m = fonts_.face(serif().face).metrics();
  EXPECT_EQ(first.links.at(0).at.y, -font_units_to_sp(m.ascender, pt(10), m.units_per_em));
  EXPECT_EQ(first.links.at(0)->height, font_units_to_sp(m.ascender, pt(10), m.units_per_em) +
                                           font_units_to_sp(-m.descender, pt(10), m.units_per_em));
}

TEST_F(ParagraphBuilderTest, HardBreakEndsALineAtNaturalSpacing) {
  const std::vector<frame::Frame> lines =
      builder_.build(spec({{"first line", serif()}, {"\n", serif()}, {"second line", serif()}}, pt(200)));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].line->text, "first line");
  EXPECT_EQ(lines[0].line->ratio, 0);
  EXPECT_EQ(lines[1].line->text, "second line");
}

TEST_F(ParagraphBuilderTest, CentredAndRightAlignedLines) {
  ParagraphSpec p = spec({{"centre", serif()}}, pt(200));
  p.align = style::Align::Center;
  const frame::Frame c = builder_.build(p).at(0);
  EXPECT_EQ(runs(c).front().at.x, (pt(200) - c.line->natural_width) / 2);
  p.align = style::Align::Right;
  const frame::Frame r = builder_.build(p).at(0);
  EXPECT_EQ(runs(r).front().at.x, pt(200) - r.line->natural_width);
}

TEST_F(ParagraphBuilderTest, MissingCharactersFallBackInTheSpansOrder) {
  // Noto Serif has no arrow; Noto Sans Math, Noto Sans Symbols and Noto Sans Mono do.
  SpanStyle st = serif();
  st.fallback = fonts_.chain({"Noto Sans Symbols", "Noto Sans Math"}, 400, false);
  const std::vector<frame::Frame> lines = builder_.build(spec({{"left \u2192 right", st}}, pt(200)));
  ASSERT_EQ(lines.size(), 1u);
  const Runs r = runs(lines[0]);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0]->font, serif().face);
  EXPECT_EQ(fonts_.face(r[1]->font).family(), "Noto Sans Symbols");
  EXPECT_EQ(r[2]->font, serif().face);  // the spaces around the arrow are the span's own
}

// Each line is a frame of its own: origin on the baseline at the measure's left edge, a raised
// span's run lifted by its rise, and a record naming the style and the measure.
TEST_F(ParagraphBuilderTest, LinesAreFramesOnTheirBaseline) {
  SpanStyle raised = serif();
  raised.rise = pt(3);
  ParagraphSpec p = spec({{"Water is H", serif()}, {"2", raised}, {"O, as everyone learns at school.", serif()}},
                         pt(100));
  p.style = "body";
  const std::vector<frame::Frame> lines = builder_.build(p);
  ASSERT_GE(lines.size(), 2u);
  const Runs first = runs(lines[0]);
  ASSERT_EQ(first.size(), 3u);
  EXPECT_EQ(first[0].at, (frame::Point{0, 0}));
  EXPECT_EQ(first[1].at.y, -pt(3));
  EXPECT_EQ(first[2].at.y, 0);
  EXPECT_EQ(first[2].at.x, first[1].at.x + first[1]->glyphs.at(0).x_advance);
  for (const frame::Frame& l : lines) {
    EXPECT_EQ(l.line->style, "body");
    EXPECT_EQ(l.line->measure, pt(100));
    EXPECT_EQ(l.line->last_of_paragraph, &l == &lines.back());
  }
}

// A note marker is a part of its own: its run carries the NoteRef role even where the text
// beside it has the same font, size and colour, and its link goes to an anchor, not a URI.
TEST_F(ParagraphBuilderTest, NoteMarkerRunHasItsRoleAndAnInternalLink) {
  SpanStyle marker = serif();
  marker.role = frame::Role::NoteRef;
  marker.anchor = "note-3";
  marker.link_id = 7;
  ParagraphSpec p = spec({{"Budget", serif()}, {"3", marker}, {" rose.", serif()}}, pt(200));
  p.align = style::Align::Left;
  const std::vector<frame::Frame> lines = builder_.build(p);
  ASSERT_EQ(lines.size(), 1u);
  const frame::Flat flat = frame::flatten(lines[0]);
  ASSERT_EQ(flat.runs.size(), 3u);
  EXPECT_EQ(flat.runs[0].role, frame::Role::None);
  EXPECT_EQ(flat.runs[1].role, frame::Role::NoteRef);
  EXPECT_EQ(flat.runs[1]->text_of(0), "3");
  EXPECT_EQ(flat.runs[2].role, frame::Role::None);
  ASSERT_EQ(flat.links.size(), 1u);
  EXPECT_EQ(flat.links[0]->uri, "");
  EXPECT_EQ(flat.links[0]->anchor, "note-3");
  EXPECT_EQ(flat.links[0].at.x, flat.runs[1].at.x);
  // The link covers the digit; the run's advance also carries the space after it.
  EXPECT_GT(flat.links[0]->width, 0);
  EXPECT_LT(flat.links[0]->width, flat.runs[1]->glyphs.at(0).x_advance);
}

// measure() gives what CSS's automatic table layout asks of a cell: the widest word (min) and
// the widest line broken only at <br> (max), each exactly as build() sets them.
TEST_F(ParagraphBuilderTest, MeasureGivesWidestWordAndWidestForcedLine) {
  const auto natural = [&](const std::string& text) {
    ParagraphSpec one = spec({{text, serif()}}, pt(1000));
    one.align = style::Align::Left;
    const std::vector<frame::Frame> lines = builder_.build(one);
    EXPECT_EQ(lines.size(), 1u) << text;
    return lines.at(0).line->natural_width;
  };
  ParagraphSpec p = spec({{"Major science infrastructure\nof 2023", serif()}}, pt(20));
  p.hyphenate = false;
  const ContentWidths w = builder_.measure(p);
  EXPECT_EQ(w.min, natural("infrastructure"));
  EXPECT_EQ(w.max, natural("Major science infrastructure"));
  // Hyphenation points are break opportunities too, with the hyphen's width.
  p.hyphenate = true;
  const ContentWidths hyphenated = builder_.measure(p);
  EXPECT_LT(hyphenated.min, w.min);
  EXPECT_EQ(hyphenated.max, w.max);
  // Indents widen both; an empty text asks for nothing.
  p.hyphenate = false;
  p.left_indent = pt(3);
  p.right_indent = pt(2);
  const ContentWidths indented = builder_.measure(p);
  EXPECT_EQ(indented.min, w.min + pt(5));
  EXPECT_EQ(indented.max, w.max + pt(5));
  const ContentWidths none = builder_.measure(spec({}, pt(20)));
  EXPECT_EQ(none.min, 0);
  EXPECT_EQ(none.max, 0);
}

}  // namespace
}  // namespace folio::para

namespace folio::para {
namespace {

// Code and URLs (verbatim spans) are never hyphenated: a long identifier breaks at a safe point
// with no hyphen, where the same text as prose is hyphenated.
TEST_F(ParagraphBuilderTest, VerbatimSpansBreakOnlyAtSafePointsWithoutHyphens) {
  const std::string words = "incomprehensibilities characteristically uncharacteristic internationalization";
  SpanStyle code = serif();
  code.verbatim = true;
  const auto hyphens = [](const std::vector<frame::Frame>& lines) {
    int n = 0;
    for (const frame::Frame& l : lines) n += l.line->hyphenated;
    return n;
  };
  const std::vector<frame::Frame> prose = builder_.build(spec({Span{words, serif()}}, pt(90)));
  const std::vector<frame::Frame> verbatim = builder_.build(spec({Span{words, code}}, pt(90)));
  EXPECT_GT(hyphens(prose), 0);
  EXPECT_EQ(hyphens(verbatim), 0);
  // A long identifier wraps at its "::" and "_" only.
  const std::vector<frame::Frame> ident =
      builder_.build(spec({Span{"std::collections::HashMap::with_capacity_and_hasher", code}}, pt(90)));
  ASSERT_GT(ident.size(), 1u);
  std::string joined;
  for (const frame::Frame& l : ident) {
    EXPECT_FALSE(l.line->hyphenated);
    const std::string& t = l.line->text;
    if (&l != &ident.front()) EXPECT_TRUE(t.rfind("::", 0) == 0 || t.rfind("_", 0) == 0) << t;
    joined += t;
  }
  EXPECT_EQ(joined, "std::collections::HashMap::with_capacity_and_hasher");
}


// A heading's ragged lines: unbalanced, the passes take the first breaking whose lines all fit
// (a short first line above a full one); balanced, both lines weigh alike.
TEST_F(ParagraphBuilderTest, BalancedRaggedLinesAreEvenIncludingTheLast) {
  ParagraphSpec p = spec({{"China Launches its First Asteroid Sample Mission", serif(pt(14))}}, pt(240));
  p.align = style::Align::Left;
  p.hyphenate = false;
  const auto texts = [&](const ParagraphSpec& s) {
    std::vector<std::string> out;
    for (const frame::Frame& l : builder_.build(s)) out.push_back(l.line->text);
    return out;
  };
  EXPECT_EQ(texts(p), (std::vector<std::string>{"China Launches", "its First Asteroid Sample Mission"}));
  p.balance = true;
  EXPECT_EQ(texts(p), (std::vector<std::string>{"China Launches its First", "Asteroid Sample Mission"}));
  // One line that fits stays one line.
  p.spans[0].text = "China Science Diplomacy";
  EXPECT_EQ(texts(p), (std::vector<std::string>{"China Science Diplomacy"}));
}

}  // namespace
}  // namespace folio::para
