// Lines of text beyond Latin: CJK broken between ideographs with kinsoku and justified by glue
// between them, a quarter em between CJK and Latin, right-to-left runs ordered per line, emoji
// in the colour face, and each language's own hyphenation patterns.
#include <gtest/gtest.h>

#include <set>

#include "font/font_db.hpp"
#include "frame/flatten.hpp"
#include "para/paragraph_builder.hpp"
#include "text/hyphenator.hpp"
#include "text/shaper.hpp"

namespace folio::para {
namespace {

using Runs = std::vector<frame::Placed<frame::GlyphRun>>;

class International : public ::testing::Test {
 protected:
  International()
      : fonts_(std::string(FOLIO_SOURCE_DIR) + "/fonts"),
        english_(text::Hyphenator::dictionary_for("en")),
        builder_(fonts_, shapes_, [this](const std::string& lang) {
          asked_.insert(lang);
          return lang == "en" ? &english_ : nullptr;
        }) {}

  // Noto Serif with the engine's fallback order.
  SpanStyle serif(Sp size = pt(10)) const {
    SpanStyle s;
    s.face = *fonts_.find("Noto Serif", 400, false);
    s.size = size;
    s.fallback = fonts_.chain({"Noto Sans Math", "Noto Serif CJK SC", "Noto Serif Hebrew", "Noto Naskh Arabic",
                               "Noto Color Emoji"},
                              400, false);
    return s;
  }

  ParagraphSpec spec(const std::string& text, Sp measure, const std::string& lang = "en",
                     style::Align align = style::Align::Justify) const {
    ParagraphSpec p;
    p.spans = {Span{text, serif()}};
    p.measure = measure;
    p.lang = lang;
    p.align = align;
    return p;
  }

  static Runs runs(const frame::Frame& l) { return frame::flatten(l).runs; }

  // `text` set flush left on one line of a wide measure.
  frame::Frame one_line(const std::string& text, const std::string& lang) const {
    std::vector<frame::Frame> lines = builder_.build(spec(text, pt(300), lang, style::Align::Left));
    EXPECT_EQ(lines.size(), 1u);
    return lines.empty() ? frame::Frame{} : std::move(lines[0]);
  }

  // The line's glyph texts from left to right.
  static std::string visual(const frame::Frame& l) {
    std::string out;
    for (const auto& r : runs(l))
      out += r->text;
    return out;
  }

  static Sp right_edge(const frame::Frame& l) {
    const Runs rs = runs(l);
    Sp w = 0;
    for (const frame::Glyph& g : rs.back()->glyphs) w += g.x_advance;
    return rs.back().at.x + w;
  }

  font::FontDb fonts_;
  text::ShapeCache shapes_;
  text::Hyphenator english_;
  std::set<std::string> asked_;
  ParagraphBuilder builder_;
};

// 天问二号 ... in a column 13 ideographs wide: the commas, full stops and closing brackets may
// not begin a line, the opening ones may not end one.
const char* const kChinese =
    "\u5929\u95EE\u4E8C\u53F7\u6210\u529F\u53D1\u5C04\uFF0C\u56FD\u5BB6\u822A\u5929\u5C40\uFF08\u4E2D\u56FD"
    "\u56FD\u5BB6\u822A\u5929\u5C40\uFF09\u5BA3\u5E03\u4EFB\u52A1\u5706\u6EE1\u6210\u529F\u3002\u79D1\u5B66"
    "\u5BB6\u8868\u793A\uFF0C\u8FD9\u662F\u300C\u91CD\u8981\u7684\u4E00\u6B65\u300D\u3002\u63A2\u6D4B\u5668"
    "\u5C06\u7EE7\u7EED\u98DE\u884C\u3001\u8C03\u6574\u59FF\u6001\u3001\u4F20\u56DE\u6570\u636E\u3002";

TEST_F(International, CjkLinesBreakBetweenIdeographsWithKinsoku) {
  const Sp measure = pt(10) * 13 + pt(3);
  const std::vector<frame::Frame> lines = builder_.build(spec(kChinese, measure, "zh-Hans"));
  ASSERT_GE(lines.size(), 4u);
  const std::string no_start[] = {"\uFF0C", "\u3002", "\u3001", "\uFF09", "\u300D"};
  const std::string no_end[] = {"\uFF08", "\u300C"};
  std::string all;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& t = lines[i].line->text;
    all += t;
    EXPECT_FALSE(lines[i].line->hyphenated);
    for (const std::string& p : no_start) EXPECT_NE(t.rfind(p, 0), 0u) << "line " << i << " starts with " << p;
    for (const std::string& p : no_end)
      EXPECT_FALSE(t.size() >= p.size() && t.compare(t.size() - p.size(), p.size(), p) == 0)
          << "line " << i << " ends with " << p;
    if (i + 1 < lines.size()) {
      EXPECT_NEAR(static_cast<double>(right_edge(lines[i])), static_cast<double>(measure), 2.0);
    }
  }
  EXPECT_EQ(all, kChinese);  // broken without spaces or hyphens, nothing lost
  EXPECT_TRUE(asked_.empty()) << "CJK text asks for no hyphenation patterns";
}

TEST_F(International, CjkJustificationSpreadsTheSlackBetweenIdeographs) {
  // 13.3 ideographs wide: a line of 13 ideographs has 0.3 em to spread over its 12 gaps.
  const Sp measure = pt(10) * 13 + pt(3);
  const std::vector<frame::Frame> lines =
      builder_.build(spec("\u5929\u95EE\u4E8C\u53F7\u6210\u529F\u53D1\u5C04\u56FD\u5BB6\u822A\u5929\u5C40\u5BA3"
                          "\u5E03\u4EFB\u52A1\u5706\u6EE1\u6210\u529F",
                          measure, "zh-Hans"));
  ASSERT_EQ(lines.size(), 2u);
  const Runs rs = runs(lines[0]);
  ASSERT_EQ(rs.size(), 1u);
  const std::vector<frame::Glyph>& g = rs[0]->glyphs;
  ASSERT_EQ(g.size(), 13u);
  EXPECT_DOUBLE_EQ(rs[0]->h_scale, 1.0);  // ideographs keep their square: no font expansion
  for (std::size_t i = 0; i + 1 < g.size(); ++i)
    EXPECT_NEAR(static_cast<double>(g[i].x_advance), static_cast<double>(pt(10) + pt(3) / 12), 1.0) << i;
  EXPECT_EQ(g.back().x_advance, pt(10));
}

TEST_F(International, AQuarterEmBetweenCjkAndLatinWhereTheSourceHasNoSpace) {
  const frame::Frame line = one_line("\u5929\u95EE2\u53F7 Tianwen\u5929", "zh-Hans");
  const Runs rs = runs(line);
  ASSERT_GE(rs.size(), 3u);
  const font::Face& serif_face = fonts_.face(serif().face);
  const auto width = [&](char32_t c) {
    return font_units_to_sp(serif_face.advance(serif_face.glyph_for(c)), pt(10), serif_face.metrics().units_per_em);
  };
  // 问, a quarter em; the digit, a quarter em; 号 and the source's own space (the span's: no
  // quarter em where the text has a space).
  EXPECT_EQ(rs[0]->glyphs.at(1).x_advance, pt(10) + pt(10) / 4);
  ASSERT_EQ(rs[1]->glyphs.size(), 1u);
  EXPECT_EQ(rs[1]->glyphs[0].x_advance, width(U'2') + pt(10) / 4);
  EXPECT_EQ(rs[2]->glyphs.at(0).x_advance, pt(10) + width(U' '));
  EXPECT_EQ(line.line->text, "\u5929\u95EE2\u53F7 Tianwen\u5929");  // the glue stands for no text
}

TEST_F(International, RightToLeftRunsAreOrderedPerLine) {
  // שלום עולם: two Hebrew words inside English, the second drawn left of the first.
  const std::string hebrew = "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD";
  const std::vector<frame::Frame> lines = builder_.build(spec("He said " + hebrew + " twice.", pt(300)));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].line->text, "He said " + hebrew + " twice.");  // logical
  // Each glyph stands for its letter, so the left-to-right reading is the visual order.
  EXPECT_EQ(visual(lines[0]), "Hesaid\u05DD\u05DC\u05D5\u05E2\u05DD\u05D5\u05DC\u05E9twice.");
}

TEST_F(International, ARightToLeftParagraphStartsAtTheRight) {
  const std::string arabic = "\u0646\u0635 \u0639\u0631\u0628\u064A \u0644\u0644\u0627\u062E\u062A\u0628\u0627\u0631";
  const std::vector<frame::Frame> lines = builder_.build(spec(arabic, pt(200), "ar", style::Align::Left));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(right_edge(lines[0]), pt(200));  // `left` is the start: the right side
  EXPECT_GT(runs(lines[0]).front().at.x, pt(50));
  EXPECT_EQ(fonts_.face(runs(lines[0]).front()->font).family(), "Noto Naskh Arabic");
  // The lam-alef ligature of للاختبار carries both letters, in visual order.
  EXPECT_NE(visual(lines[0]).find("\u0627\u0644"), std::string::npos);
}

TEST_F(International, EmojiComeFromTheColourFaceAndKeepTheirSequences) {
  const frame::Frame line = one_line("Go \U0001F680 now \U0001F44D\U0001F3FD ok", "en");
  const Runs rs = runs(line);
  ASSERT_EQ(rs.size(), 5u);
  EXPECT_TRUE(fonts_.face(rs[1]->font).has_color_bitmaps());
  EXPECT_EQ(rs[1]->glyphs.size(), 1u);
  EXPECT_DOUBLE_EQ(rs[1]->h_scale, 1.0);
  // 👍🏽: the skin tone modifier stays with its base in the colour face, one glyph for both.
  EXPECT_TRUE(fonts_.face(rs[3]->font).has_color_bitmaps());
  EXPECT_EQ(rs[3]->glyphs.size(), 1u);
  EXPECT_EQ(rs[3]->text_of(0), "\U0001F44D\U0001F3FD");
}

TEST_F(International, EachSpanHyphenatesInItsOwnLanguage) {
  ParagraphSpec p = spec("", pt(60));
  SpanStyle german = serif();
  german.lang = "de";
  SpanStyle chinese = serif();
  chinese.lang = "zh";
  p.spans = {Span{"Hyphenation ", serif()}, Span{"Wissenschaftsministerium ", german},
             Span{"\u5929\u95EE\u4E8C\u53F7", chinese}};
  builder_.build(p);
  EXPECT_EQ(asked_, (std::set<std::string>{"en", "de"}));
}

}  // namespace
}  // namespace folio::para
