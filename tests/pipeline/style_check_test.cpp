// `folio styles check` on good and bad files: style sheets (font families included) and layouts.
#include "pipeline/style_check.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "style/style_test_util.hpp"

namespace folio::pipeline {
namespace {

using style::testing::required_char_styles;
using style::testing::required_paragraph_styles;
using style::testing::TempDir;

const std::string kFonts = FOLIO_SOURCE_DIR "/fonts";

TEST(StyleFileCheck, AValidStyleSheet) {
  TempDir dir;
  const std::string path = dir.write("brand.yaml", "paragraph-styles:\n" + required_paragraph_styles() +
                                                       "character-styles:\n" + required_char_styles());
  const StyleFileCheck r = check_style_file(path, kFonts);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.kind, "style sheet");
  EXPECT_EQ(r.summary, path + ": ok (style sheet, 14 paragraph styles, 7 character styles)");
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
