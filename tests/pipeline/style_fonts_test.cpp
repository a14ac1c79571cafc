// Style sheets against the bundled fonts, and `folio styles check` on good and bad files.
#include "pipeline/style_fonts.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "style/load_style_sheet.hpp"
#include "style/style_test_util.hpp"

namespace folio::pipeline {
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
            "font family 'Helvetica' is not among the bundled fonts (the bundled fonts are: Noto Sans, "
            "Noto Sans Mono, Noto Serif)");
  expect_at(d[1], 7, 13);
  EXPECT_EQ(d[1].message,
            "font family 'Noto Sans Mnoo' is not among the bundled fonts (did you mean 'Noto Sans Mono'?)");
  EXPECT_EQ(d[2].pos.line, 2 + 6 + 13 + 2);  // the character style, after the required paragraph styles
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
            "font family 'Noto Sans Wide' is not among the bundled fonts (the bundled fonts are: Noto Sans, "
            "Noto Sans Mono, Noto Serif)");
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

TEST(StyleFileCheck, AValidStyleSheet) {
  TempDir dir;
  const std::string path = dir.write("brand.yaml", "paragraph-styles:\n" + required_paragraph_styles() +
                                                       "character-styles:\n" + required_char_styles());
  const StyleFileCheck r = check_style_file(path, kFonts);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.kind, "style sheet");
  EXPECT_EQ(r.summary, path + ": ok (style sheet, 13 paragraph styles, 7 character styles)");
}

TEST(StyleFileCheck, AValidLayout) {
  TempDir dir;
  const std::string path = dir.write("l.yaml", "page: {width: 6in, height: 9in}\nmargins: 1in\ncolumns: 3\n");
  const StyleFileCheck r = check_style_file(path, kFonts);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.kind, "page layout");
  EXPECT_EQ(r.summary, path + ": ok (page layout, 432 x 648pt, 3 columns)");
  const std::string a4 = dir.write("a4.yaml", "page: A4\ncolumns: 1\n");
  EXPECT_EQ(check_style_file(a4, kFonts).summary, a4 + ": ok (page layout, 595.28 x 841.89pt, 1 column)");
}

TEST(StyleFileCheck, AMisspeltPropertyAndAnUnknownFamily) {
  TempDir dir;
  const std::string bad = dir.write("bad.yaml", "paragraph-styles:\n  body:\n    leadng: 12pt\n");
  const StyleFileCheck r = check_style_file(bad, kFonts);
  EXPECT_EQ(r.kind, "style sheet");
  EXPECT_EQ(r.summary, "");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].to_string(),
            bad + ":3:5: error: unknown key 'leadng' in paragraph style 'body' (did you mean 'leading'?)");

  const std::string fonts =
      dir.write("fonts.yaml",
                "fonts:\n  serif: Noto Serf\n  sans: Noto Sans Bold\n"
                "paragraph-styles:\n  body: {family: serif}\n"
                "  deck: {family: sans}\n" +
                    required_paragraph_styles("body") + "character-styles:\n" + required_char_styles());
  const StyleFileCheck f = check_style_file(fonts, kFonts);
  EXPECT_EQ(f.summary, "");
  ASSERT_EQ(f.errors.size(), 2u);
  EXPECT_EQ(f.errors[0].to_string(), fonts +
                                         ":2:10: error: font family 'Noto Serf' is not among the bundled "
                                         "fonts (did you mean 'Noto Serif'?)");
  EXPECT_EQ(f.errors[1].to_string(), fonts +
                                         ":3:9: error: font family 'Noto Sans Bold' is not among the bundled "
                                         "fonts (did you mean 'Noto Sans' with weight: bold?)");
}

TEST(StyleFileCheck, ALayoutErrorAndAFileOfNeitherKind) {
  TempDir dir;
  const std::string bad = dir.write("l.yaml", "page: A4\ncolumns: 2\ngutter: 6px\n");
  const StyleFileCheck r = check_style_file(bad, kFonts);
  EXPECT_EQ(r.kind, "page layout");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].to_string(),
            bad + ":3:9: error: bad length '6px' for 'gutter': unknown unit 'px' (use pt, mm, cm or in)");

  const std::string neither = dir.write("n.yaml", "colors: {}\n");
  const StyleFileCheck n = check_style_file(neither, kFonts);
  EXPECT_EQ(n.kind, "");
  ASSERT_EQ(n.errors.size(), 1u);
  EXPECT_EQ(n.errors[0].message.substr(0, 58), "cannot tell whether this is a style sheet or a page layout");
}

// Every shipped style sheet and layout (the brand ones included) must pass the checker.
TEST(StyleFileCheck, ShippedFilesAreValid) {
  int files = 0;
  for (const char* folder : {"styles", "layout"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(FOLIO_SOURCE_DIR "/") + folder)) {
      if (entry.path().extension() != ".yaml") continue;
      ++files;
      const StyleFileCheck r = check_style_file(entry.path().string(), kFonts);
      for (const Diagnostic& d : r.errors) ADD_FAILURE() << d.to_string();
      EXPECT_EQ(r.kind, std::string(folder) == "styles" ? "style sheet" : "page layout") << entry.path();
    }
  }
  EXPECT_GE(files, 2);
}

}  // namespace
}  // namespace folio::pipeline
