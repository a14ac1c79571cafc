// Style sheets against the bundled fonts: every family a style names, reported where it is written.
#include "compose/font_families.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "style/load_style_sheet.hpp"
#include "style/style_test_util.hpp"

namespace folio::compose {
namespace {

using style::testing::error_of;
using style::testing::required_char_styles;
using style::testing::required_paragraph_styles;
using style::testing::TempDir;

const std::string kFonts = FOLIO_SOURCE_DIR "/fonts";

const font::FontDb& fonts() {
  static const font::FontDb db(kFonts);
  return db;
}

class StyleFontsTest : public ::testing::Test {
 protected:
  // `top` and `paragraphs` come first, so their line numbers are easy to count.
  std::vector<Diagnostic> missing(const std::string& top, const std::string& paragraphs,
                                  const std::string& chars = "") {
    path_ = dir_.write("s.yaml", top + "paragraph-styles:\n" + paragraphs + required_paragraph_styles() +
                                     "character-styles:\n" + chars + required_char_styles());
    return missing_font_families(style::load_style_sheet(path_), fonts());
  }
  void expect_at(const Diagnostic& d, int line, int column) {
    EXPECT_EQ(d.severity, Severity::Error);
    EXPECT_EQ(d.pos.file, path_);
    EXPECT_EQ(d.pos.line, line);
    EXPECT_EQ(d.pos.column, column);
  }
  TempDir dir_;
  std::string path_;
};

// Every family: the bundled ones and those fonts/packaged-fonts.txt names.
const std::string kFamilies =
    "Noto Color Emoji, Noto Naskh Arabic, Noto Sans, Noto Sans Arabic, Noto Sans CJK HK, Noto Sans CJK JP, "
    "Noto Sans CJK KR, Noto Sans CJK SC, Noto Sans CJK TC, Noto Sans Hebrew, Noto Sans Math, Noto Sans Mono, "
    "Noto Sans Mono CJK HK, Noto Sans Mono CJK JP, Noto Sans Mono CJK KR, Noto Sans Mono CJK SC, "
    "Noto Sans Mono CJK TC, Noto Sans Symbols, Noto Sans Symbols2, Noto Serif, Noto Serif CJK HK, "
    "Noto Serif CJK JP, Noto Serif CJK KR, Noto Serif CJK SC, Noto Serif CJK TC, Noto Serif Hebrew)";

TEST_F(StyleFontsTest, AnUnknownFamilyIsReportedWhereItIsWrittenWithASuggestion) {
  const auto d = missing("",
                         "  a:\n"                   // 2
                         "    size: 9pt\n"          // 3
                         "    family: Noto Serf\n"  // 4
                         "  b:\n"                   // 5
                         "    based-on: a\n");      // 6: inherits the family, reported once
  ASSERT_EQ(d.size(), 1u);
  expect_at(d[0], 4, 13);
  EXPECT_EQ(d[0].message,
            "font family 'Noto Serf' is not among the bundled fonts (did you mean 'Noto Serif'?)");
}

TEST_F(StyleFontsTest, ATokenIsReportedOnceAtItsDefinition) {
  const auto d = missing(
      "fonts:\n"              // 1
      "  sans: Noto Snas\n",  // 2
      "  a:\n"                // 4
      "    family: sans\n"    // 5
      "  b:\n"                // 6
      "    family: sans\n",   // 7
      "  mark:\n"
      "    family: sans\n");
  ASSERT_EQ(d.size(), 1u);
  expect_at(d[0], 2, 9);
  EXPECT_EQ(d[0].message,
            "font family 'Noto Snas' is not among the bundled fonts (did you mean 'Noto Sans'?)");
}

TEST_F(StyleFontsTest, EveryPlaceIsReportedInFileOrderAndFarOffNamesListTheFonts) {
  const auto d = missing("",
                         "  z:\n"                         // 2
                         "    family: Helvetica\n"        // 3
                         "  y:\n"                         // 4
                         "    family: noto sans\n"        // 5: case does not matter
                         "  x:\n"                         // 6
                         "    family: Noto Sans Mnoo\n",  // 7
                         "  mark:\n"
                         "    family: Noto Serif Display\n");
  ASSERT_EQ(d.size(), 3u);
  expect_at(d[0], 3, 13);
  EXPECT_EQ(d[0].message,
            "font family 'Helvetica' is not among the bundled fonts (the bundled fonts are: " + kFamilies);
  expect_at(d[1], 7, 13);
  EXPECT_EQ(d[1].message,
            "font family 'Noto Sans Mnoo' is not among the bundled fonts (did you mean 'Noto Sans Mono'?)");
  EXPECT_EQ(d[2].pos.line, 2 + 6 + static_cast<int>(std::size(style::kRequiredParagraphStyles)) + 2);  // after the
  // required paragraph styles
  EXPECT_EQ(d[2].message.substr(0, 40), "font family 'Noto Serif Display' is not ");
}

TEST_F(StyleFontsTest, AFaceNameSuggestsTheFamilyWithWeightAndStyle) {
  const auto d = missing("",
                         "  a:\n"
                         "    family: Noto Serif Bold Italic\n"  // 3
                         "  b:\n"
                         "    family: noto sans mono light\n"  // 5: the longest family that fits
                         "  c:\n"
                         "    family: Noto Sans Wide\n");  // 7: not a style word
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].message,
            "font family 'Noto Serif Bold Italic' is not among the bundled fonts (did you mean 'Noto Serif' "
            "with weight: bold and style: italic?)");
  EXPECT_EQ(
      d[1].message,
      "font family 'noto sans mono light' is not among the bundled fonts (did you mean 'Noto Sans Mono' "
      "with weight: 300?)");
  EXPECT_EQ(d[2].message,
            "font family 'Noto Sans Wide' is not among the bundled fonts (the bundled fonts are: " + kFamilies);
}

TEST_F(StyleFontsTest, ValidFamiliesAndTheDefaultPass) {
  EXPECT_TRUE(missing("fonts:\n  mono: Noto Sans Mono\n", "  a:\n    family: mono\n").empty());
}

TEST_F(StyleFontsTest, RendersGetTheFirstAsAnError) {
  missing("", "  a:\n    family: Times\n  b:\n    family: Arial\n");
  const style::StyleSheet sheet = style::load_style_sheet(path_);
  const Diagnostic d = error_of([&] { check_font_families(sheet, fonts()); });
  expect_at(d, 3, 13);
  EXPECT_EQ(d.message.substr(0, 20), "font family 'Times' ");
}

}  // namespace
}  // namespace folio::compose
