// Style sheets: inheritance, tokens, and every validation error with its line and column.
#include "style/load_style_sheet.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "style_test_util.hpp"

namespace folio::style {
namespace {

using testing::error_of;
using testing::required_char_styles;
using testing::required_paragraph_styles;
using testing::TempDir;

// A complete sheet: `paragraphs` and `chars` first (so their line numbers are easy to count),
// then every required style not already named.
std::string sheet_text(const std::string& top, const std::string& paragraphs, const std::string& chars = "") {
  return top + "paragraph-styles:\n" + paragraphs + required_paragraph_styles() + "character-styles:\n" +
         chars + required_char_styles();
}

class StyleSheetTest : public ::testing::Test {
 protected:
  StyleSheet load(const std::string& text) { return load_style_sheet(dir_.write("s.yaml", text)); }
  // Loads a sheet that must fail; checks where and returns the message.
  std::string error(const std::string& text, int line, int column) {
    const std::string path = dir_.write("s.yaml", text);
    const Diagnostic d = error_of([&] { load_style_sheet(path); });
    EXPECT_EQ(d.pos.file, path);
    EXPECT_EQ(d.pos.line, line) << d.message;
    EXPECT_EQ(d.pos.column, column) << d.message;
    return d.message;
  }
  TempDir dir_;
};

TEST_F(StyleSheetTest, BasedOnResolvesInAnyOrderAndEmUsesTheStyleSize) {
  const StyleSheet s = load(sheet_text("",
                                       "  c:\n"
                                       "    based-on: b\n"
                                       "    size: 12pt\n"
                                       "  b:\n"
                                       "    based-on: a\n"
                                       "    first-indent: 1em\n"
                                       "  a:\n"
                                       "    family: Noto Sans\n"
                                       "    size: 10pt\n"
                                       "    left-indent: 2em\n"
                                       "  d:\n"
                                       "    based-on: a\n"
                                       "    size: 1.5em\n"));
  const ParagraphStyle& c = s.paragraph("c");
  EXPECT_EQ(c.name, "c");
  EXPECT_EQ(c.family, "Noto Sans");
  EXPECT_EQ(c.size, pt(12));
  EXPECT_EQ(c.first_indent, pt(10));  // inherited as b's length, not re-evaluated at 12pt
  EXPECT_EQ(c.left_indent, pt(20));
  EXPECT_EQ(s.paragraph("b").first_indent, pt(10));
  EXPECT_EQ(s.paragraph("d").size, pt(15));  // em in `size` is relative to the parent's size
}

TEST_F(StyleSheetTest, StylesWithoutBasedOnStartFromTheDefaults) {
  const StyleSheet s = load(sheet_text("", "  plain: {}\n"));
  const ParagraphStyle& p = s.paragraph("plain");
  EXPECT_EQ(p.family, "Noto Serif");
  EXPECT_EQ(p.size, pt(9.5));
  EXPECT_EQ(p.leading, pt(12.5));
  EXPECT_EQ(p.align, Align::Justify);
  EXPECT_EQ(p.hyphen_min_word, 5);
  EXPECT_EQ(s.link_color, Color());  // no link-color and a colourless link style: black
}

TEST_F(StyleSheetTest, TokensForColoursAndFonts) {
  const StyleSheet s =
      load(sheet_text("colors:\n"
                      "  brand-red: \"#A6192E\"\n"
                      "  press-black: cmyk(0%, 0%, 0%, 100%)\n"
                      "fonts:\n"
                      "  sans: Noto Sans\n"
                      "link-color: press-black\n",
                      "  a:\n"
                      "    family: sans\n"
                      "    color: brand-red\n"
                      "  b:\n"
                      "    family: Noto Sans Mono\n"
                      "    color: \"#fff\"\n",
                      "  mark:\n"
                      "    color: press-black\n"
                      "    family: sans\n"));
  EXPECT_EQ(s.paragraph("a").family, "Noto Sans");
  EXPECT_EQ(s.paragraph("a").color, Color::rgb(166 / 255.0, 25 / 255.0, 46 / 255.0));
  EXPECT_EQ(s.paragraph("b").family, "Noto Sans Mono");
  EXPECT_EQ(s.paragraph("b").color, Color::rgb(1, 1, 1));
  EXPECT_EQ(s.character("mark").color, Color::cmyk(0, 0, 0, 1));
  EXPECT_EQ(s.character("mark").family, "Noto Sans");
  EXPECT_EQ(s.link_color, Color::cmyk(0, 0, 0, 1));
}

TEST_F(StyleSheetTest, CharacterStylesSetOnlyWhatTheyGiveAndInherit) {
  const StyleSheet s = load(sheet_text("", "",
                                       "  up:\n"
                                       "    size-scale: 0.65\n"
                                       "    baseline-shift: 0.38em\n"
                                       "    features: [sups, -liga, kern=0]\n"
                                       "  up-bold:\n"
                                       "    based-on: up\n"
                                       "    weight: 600\n"
                                       "    underline-thickness: 0.5pt\n"
                                       "    underline-offset: -1pt\n"
                                       "    text-transform: uppercase\n"));
  const CharStyle& c = s.character("up-bold");
  EXPECT_EQ(c.size_scale, 0.65);
  EXPECT_EQ(c.baseline_shift, 0.38);
  EXPECT_EQ(c.weight, 600);
  EXPECT_EQ(c.features, (Features{"sups", "-liga", "kern=0"}));
  EXPECT_EQ(c.underline_thickness, pt(0.5));
  EXPECT_EQ(c.underline_offset, pt(-1));
  EXPECT_EQ(c.uppercase, true);
  EXPECT_FALSE(c.italic.has_value());
  EXPECT_FALSE(c.color.has_value());
  EXPECT_FALSE(s.character("up").weight.has_value());
}

TEST_F(StyleSheetTest, BreakingAndFlowParameters) {
  const StyleSheet s =
      load(sheet_text("breaking:\n"
                      "  tolerance: 400\n"
                      "  pretolerance: -1\n"
                      "  emergency-stretch: 1.5mm\n"
                      "flow:\n"
                      "  widow-lines: 3\n",
                      ""));
  EXPECT_EQ(s.breaking.tolerance, 400);
  EXPECT_EQ(s.breaking.pretolerance, -1);
  EXPECT_EQ(s.breaking.emergency_stretch, 278657);  // 1.5mm
  EXPECT_EQ(s.breaking.line_penalty, 10);           // untouched default
  EXPECT_EQ(s.flow.widow_lines, 3);
  EXPECT_EQ(s.flow.orphan_lines, 2);
}

TEST_F(StyleSheetTest, UnknownPropertySuggestsTheClosest) {
  EXPECT_EQ(error(sheet_text("", "  a:\n    size: 9pt\n    leadng: 13pt\n"), 4, 5),
            "unknown key 'leadng' in paragraph style 'a' (did you mean 'leading'?)");
  EXPECT_EQ(error("colours: {}\n", 1, 1), "unknown key 'colours' in the top level (did you mean 'colors'?)");
  EXPECT_EQ(error(sheet_text("", "", "  a:\n    undreline: true\n"), 24, 5),
            "unknown key 'undreline' in character style 'a' (did you mean 'underline'?)");
}

TEST_F(StyleSheetTest, BadUnits) {
  EXPECT_EQ(error(sheet_text("", "  a:\n    size: 9.5px\n"), 3, 11),
            "bad length '9.5px' for 'size': unknown unit 'px' (use pt, mm, cm, in or em)");
  EXPECT_EQ(error(sheet_text("", "  a:\n    leading: 13\n"), 3, 14),
            "bad length '13' for 'leading': missing unit (use pt, mm, cm, in or em)");
  EXPECT_EQ(error(sheet_text("breaking:\n  emergency-stretch: 1em\n", ""), 2, 22),
            "bad length '1em' for 'emergency-stretch': 'em' cannot be used here, as no font size is known "
            "(use pt, mm, cm or in)");
}

TEST_F(StyleSheetTest, NegativeSizes) {
  EXPECT_EQ(error(sheet_text("", "  a:\n    size: -2pt\n"), 3, 11), "'size' must be positive, got '-2pt'");
  EXPECT_EQ(error(sheet_text("", "  a:\n    space-after: -1pt\n"), 3, 18),
            "'space-after' must not be negative, got '-1pt'");
}

TEST_F(StyleSheetTest, BadColours) {
  EXPECT_EQ(error(sheet_text("", "  a:\n    color: \"#A6192\"\n"), 3, 12),
            "bad colour '#A6192' for 'color': expected \"#RRGGBB\", \"#RGB\" or cmyk(c, m, y, k)");
  EXPECT_EQ(
      error(sheet_text("", "  a:\n    color: cmyk(0, 2, 0, 0)\n"), 3, 12),
      "bad colour 'cmyk(0, 2, 0, 0)' for 'color': cmyk component '2' is out of range (0..1 or 0%..100%)");
  // Unquoted, "#A6192E" is a YAML comment: point at the key and say why.
  EXPECT_EQ(error(sheet_text("", "  a:\n    color: #A6192E\n"), 3, 5),
            "missing colour for 'color' (quote hex colours: \"#A6192E\", since # starts a YAML comment)");
}

TEST_F(StyleSheetTest, UnknownTokens) {
  EXPECT_EQ(error(sheet_text("colors:\n  brand-red: \"#A6192E\"\n", "  a:\n    color: brand-rd\n"), 5, 12),
            "unknown colour 'brand-rd' for 'color' (did you mean 'brand-red'?)");
  EXPECT_EQ(error(sheet_text("", "  a:\n    color: teal\n"), 3, 12),
            "unknown colour 'teal' for 'color' (define it under 'colors', or write \"#RRGGBB\" or cmyk(c, m, "
            "y, k))");
  EXPECT_EQ(error(sheet_text("fonts:\n  sans: Noto Sans\n", "  a:\n    family: sanz\n"), 5, 13),
            "unknown font 'sanz' for 'family' (did you mean 'sans'?)");
}

TEST_F(StyleSheetTest, FontFilesAreInTheStylesFolder) {
  dir_.write("fonts/brand.otf", "x");  // only read as a font once a FontDb loads it
  const StyleSheet s = load(sheet_text("font-files:\n  - fonts/brand.otf\n  - ./fonts/../fonts/brand.otf\n", ""));
  ASSERT_EQ(s.font_files.size(), 2u);
  EXPECT_EQ(s.font_files[0].path, dir_.path() + "/fonts/brand.otf");
  EXPECT_EQ(s.font_files[1].path, dir_.path() + "/fonts/brand.otf");
  EXPECT_EQ(s.font_files[0].pos.line, 2);
  EXPECT_EQ(s.font_files[0].pos.column, 5);

  EXPECT_EQ(error(sheet_text("font-files: [fonts/missing.otf]\n", ""), 1, 14),
            "font file 'fonts/missing.otf' does not exist");
  EXPECT_EQ(error(sheet_text("font-files: [/usr/share/fonts/opentype/lobster/lobster.otf]\n", ""), 1, 14),
            "font file '/usr/share/fonts/opentype/lobster/lobster.otf' must be a path relative to the style sheet's "
            "folder");
  const std::string outside = dir_.write("../outside-" + std::to_string(::getpid()) + ".otf", "x");
  EXPECT_EQ(error(sheet_text("font-files: [../outside-" + std::to_string(::getpid()) + ".otf]\n", ""), 1, 14),
            "font file '../outside-" + std::to_string(::getpid()) + ".otf' is outside the style sheet's folder (" +
                dir_.path() + "): a style's fonts must be in its folder or below");
  std::filesystem::remove(outside);
  // A link inside the folder to a file outside it is outside too.
  std::filesystem::create_symlink("/usr/share/hyphen/hyph_en_US.dic", dir_.path() + "/fonts/link.otf");
  EXPECT_EQ(error(sheet_text("font-files: [fonts/link.otf]\n", ""), 1, 14),
            "font file 'fonts/link.otf' is outside the style sheet's folder (" + dir_.path() +
                "): a style's fonts must be in its folder or below");
  EXPECT_EQ(error(sheet_text("font-files: fonts/brand.otf\n", ""), 1, 13),
            "expected a list for 'font-files', got 'fonts/brand.otf'");
}

TEST_F(StyleSheetTest, FontFallbackPerFamilyWithTokens) {
  const StyleSheet s = load(sheet_text("fonts:\n  serif: Noto Serif\n  symbols: Noto Sans Symbols\n"
                                       "font-fallback:\n  serif: [symbols, Noto Sans Math]\n",
                                       ""));
  const auto& order = s.fallback_for("noto serif", true);  // families match as fonts do, any case
  ASSERT_EQ(order.size(), 2u);
  EXPECT_EQ(order[0].family, "Noto Sans Symbols");
  EXPECT_EQ(order[0].pos.line, 5);
  EXPECT_EQ(order[1].family, "Noto Sans Math");
  // The engine's orders for the families the sheet leaves alone; an unlisted family falls back as
  // Noto Serif does when serif, as Noto Sans does otherwise.
  EXPECT_EQ(s.fallback_for("Noto Sans", false).at(3).family, "Noto Sans CJK SC");
  EXPECT_EQ(s.fallback_for("Brand Serif", true).at(0).family, "Noto Sans Symbols");
  EXPECT_EQ(s.fallback_for("Brand Sans", false).at(3).family, "Noto Sans CJK SC");
  EXPECT_EQ(error(sheet_text("font-fallback:\n  Noto Serif: Noto Sans Math\n", ""), 2, 15),
            "expected a list of families for 'Noto Serif', got 'Noto Sans Math'");
  EXPECT_EQ(error(sheet_text("fonts:\n  sans: Noto Sans\nfont-fallback:\n  Noto Serif: [sanz]\n", ""), 4, 16),
            "unknown font 'sanz' for 'Noto Serif' (did you mean 'sans'?)");
}

TEST_F(StyleSheetTest, UnknownParent) {
  EXPECT_EQ(error(sheet_text("", "  a:\n    based-on: bdy\n"), 3, 15),
            "unknown paragraph style 'bdy' in 'based-on' (did you mean 'body'?)");
  EXPECT_EQ(error(sheet_text("", "", "  a:\n    based-on: strng\n"), 24, 15),
            "unknown character style 'strng' in 'based-on' (did you mean 'strong'?)");
}

TEST_F(StyleSheetTest, BasedOnCycleNamesTheChain) {
  EXPECT_EQ(error(sheet_text("",
                             "  a:\n    based-on: b\n"
                             "  b:\n    based-on: c\n"
                             "  c:\n    based-on: a\n"),
                  7, 15),
            "based-on cycle: a -> b -> c -> a");
  EXPECT_EQ(error(sheet_text("", "  a:\n    based-on: a\n"), 3, 15), "based-on cycle: a -> a");
}

TEST_F(StyleSheetTest, MissingRequiredStyle) {
  const std::string text = "paragraph-styles:\n" + required_paragraph_styles("code-block") +
                           "character-styles:\n" + required_char_styles();
  EXPECT_EQ(
      error(text, 1, 1),
      "missing paragraph style 'code-block' (a style sheet must define all of: body, body-first, h1, h2, "
      "h3, h4, h5, h6, masthead-title, masthead-issue, contents-title, contents-entry, footer, list-item, "
      "blockquote, code-block, table-header, table-cell, footnote, caption)");
  const std::string no_chars = "paragraph-styles:\n" + required_paragraph_styles();
  const Diagnostic d = error_of([&] { load_style_sheet(dir_.write("n.yaml", no_chars)); });
  EXPECT_EQ(d.pos.line, 0);  // no character-styles section to point at: the file
  EXPECT_EQ(d.to_string(),
            dir_.path() +
                "/n.yaml: error: missing character style 'emphasis' (a style sheet must define "
                "all of: emphasis, strong, link, code, superscript, subscript, underline, strikethrough, small, "
                "footnote-ref)");
}

TEST_F(StyleSheetTest, YamlSyntaxError) {
  EXPECT_EQ(error("paragraph-styles:\n  body:\n    size: [9pt\n", 4, 1),
            "YAML syntax error: end of sequence flow not found");
  EXPECT_EQ(error("colors: {a: b}\n  x: y\n", 2, 3), "YAML syntax error: end of map not found");
}

TEST_F(StyleSheetTest, WrongTypes) {
  EXPECT_EQ(error("paragraph-styles: [body]\n", 1, 19), "expected a map for 'paragraph-styles', got a list");
  EXPECT_EQ(error(sheet_text("", "  a: body\n"), 2, 6), "expected a map for 'a', got 'body'");
  EXPECT_EQ(error(sheet_text("", "  a:\n    hyphenate: maybe\n"), 3, 16),
            "expected true or false for 'hyphenate', got 'maybe'");
  EXPECT_EQ(error(sheet_text("", "  a:\n    hyphen-min-word: 4.5\n"), 3, 22),
            "expected a whole number for 'hyphen-min-word', got '4.5'");
  EXPECT_EQ(error(sheet_text("", "  a:\n    align: centre\n"), 3, 12),
            "expected justify, left, center or right for 'align', got 'centre' (did you mean 'center'?)");
  EXPECT_EQ(error(sheet_text("", "  a:\n    weight: heavy\n"), 3, 13),
            "expected regular, bold or a number from 1 to 1000 for 'weight', got 'heavy'");
  EXPECT_EQ(error(sheet_text("", "  a:\n    features: [smcp, lig]\n"), 3, 22),
            "bad OpenType feature 'lig' in 'features' (expected a 4-letter tag such as 'smcp', '-liga' or "
            "'kern=0')");
  EXPECT_EQ(error(sheet_text("", "", "  a:\n    baseline-shift: 3pt\n"), 24, 21),
            "expected a number of em for 'baseline-shift' (e.g. 0.38 or 0.38em), got '3pt'");
  EXPECT_EQ(error(sheet_text("flow:\n  widow-lines: 0\n", ""), 2, 16),
            "'widow-lines' must be between 1 and 10, got 0");
}

TEST_F(StyleSheetTest, DuplicateKey) {
  EXPECT_EQ(error(sheet_text("", "  a:\n    size: 9pt\n    size: 10pt\n"), 4, 5),
            "duplicate key 'size' in paragraph style 'a' (first given on line 3)");
}

TEST(StyleSheetFile, UnreadableFileIsAnError) {
  const Diagnostic d = error_of([] { load_style_sheet("/nonexistent/brand.yaml"); });
  EXPECT_EQ(d.to_string(),
            "/nonexistent/brand.yaml: error: cannot read the style sheet: No such file or directory");
}

}  // namespace
}  // namespace folio::style
