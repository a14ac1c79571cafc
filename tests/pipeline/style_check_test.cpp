// `folio styles check` on good and bad files: style sheets (font families included) and layouts.
#include "pipeline/style_check.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
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
  // Then the file of each family it names: its styles' and its fallback orders' (the engine's).
  EXPECT_EQ(r.summary.substr(0, r.summary.find('\n')),
            path + ": ok (style sheet, 20 paragraph styles, 10 character styles)");
  EXPECT_NE(r.summary.find("\n  Noto Serif: " + kFonts + "/NotoSerif-Regular.ttf\n"), std::string::npos);
  EXPECT_NE(r.summary.find("\n  Noto Color Emoji: /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf\n"),
            std::string::npos);
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

const std::string kBrand = FOLIO_SOURCE_DIR "/golden/cases/brand";

// A style sheet with the required styles and `extra` at the top.
std::string sheet_with(const std::string& extra) {
  return extra + "paragraph-styles:\n" + required_paragraph_styles() + "character-styles:\n" + required_char_styles();
}

// The brand fixture font with its OS/2 fsType set to `fs_type`, written to `path`.
void write_font_with_fs_type(const std::string& path, std::uint16_t fs_type) {
  std::ifstream in(kBrand + "/fonts/lobster.otf", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto u16 = [&](std::size_t at) {
    return static_cast<unsigned>(static_cast<unsigned char>(bytes[at])) << 8 | static_cast<unsigned char>(bytes[at + 1]);
  };
  const auto u32 = [&](std::size_t at) { return u16(at) << 16 | u16(at + 2); };
  for (unsigned i = 0; i < u16(4); ++i) {
    const std::size_t record = 12 + 16 * i;
    if (bytes.compare(record, 4, "OS/2") != 0) continue;
    const std::size_t fs = u32(record + 8) + 8;  // fsType: the OS/2 table's fifth field
    bytes[fs] = static_cast<char>(fs_type >> 8);
    bytes[fs + 1] = static_cast<char>(fs_type & 0xFF);
  }
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST(StyleFileCheck, ABrandStyleReportsTheFileOfEveryFamily) {
  const StyleFileCheck r = check_style_file(kBrand + "/brand.yaml", kFonts);
  for (const Diagnostic& d : r.errors) ADD_FAILURE() << d.to_string();
  EXPECT_EQ(r.summary.substr(0, r.summary.find('\n')),
            kBrand + "/brand.yaml: ok (style sheet, 20 paragraph styles, 10 character styles)");
  EXPECT_NE(r.summary.find("\n  Lobster Two: " + kBrand + "/fonts/lobster.otf\n"), std::string::npos) << r.summary;
  EXPECT_NE(r.summary.find("\n  Noto Serif: " + kFonts + "/NotoSerif-Regular.ttf\n"), std::string::npos);
  EXPECT_NE(r.summary.find("\n  Noto Serif CJK SC: /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc (face 2)\n"),
            std::string::npos);
}

TEST(StyleFileCheck, AFontWhoseLicenceForbidsEmbeddingIsAnError) {
  TempDir dir;
  write_font_with_fs_type(dir.path() + "/fonts/secret.otf", 0x0002);
  write_font_with_fs_type(dir.path() + "/fonts/printable.otf", 0x0006);  // restricted, but preview & print wins
  const std::string path = dir.write("s.yaml", sheet_with("font-files:\n  - fonts/printable.otf\n  - fonts/secret.otf\n"));
  const StyleFileCheck r = check_style_file(path, kFonts);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].to_string(),
            path + ":3:5: error: font file '" + dir.path() +
                "/fonts/secret.otf' (Lobster Two) forbids embedding: its OS/2 fsType is 0x0002 (restricted "
                "licence), so no PDF may include it; ask its foundry for a licence that allows embedding");
  EXPECT_EQ(r.summary, "");
}

TEST(StyleFileCheck, AFontFileThatIsNoFontAndAMissingFallbackFamily) {
  TempDir dir;
  dir.write("fonts/notes.ttf", "not a font\n");
  const std::string bad = dir.write("s.yaml", sheet_with("font-files: [fonts/notes.ttf]\n"));
  const StyleFileCheck r = check_style_file(bad, kFonts);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].to_string(), bad + ":1:14: error: font file '" + dir.path() +
                                         "/fonts/notes.ttf': not a font file Fontconfig can read");
  const std::string order = dir.write("o.yaml", sheet_with("font-fallback:\n  Noto Serif: [Noto Sans Math, Noto Emoji]\n"));
  const StyleFileCheck o = check_style_file(order, kFonts);
  ASSERT_EQ(o.errors.size(), 1u);
  EXPECT_EQ(o.errors[0].to_string(),
            order + ":2:32: error: fallback font family 'Noto Emoji' (for 'Noto Serif') is not among the fonts");
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
