// Where every resolved value came from: positions of values, tokens, based-on inheritance,
// top-level settings and layouts.
#include <gtest/gtest.h>

#include "style/load_page_template.hpp"
#include "style/load_style_sheet.hpp"
#include "style_test_util.hpp"

namespace folio::style {
namespace {

using testing::error_of;
using testing::required_char_styles;
using testing::required_paragraph_styles;
using testing::TempDir;

// Line numbers are counted in the tests below.
const char* const kSheet =
    "colors:\n"                   // 1
    "  brand-red: \"#A6192E\"\n"  // 2
    "fonts:\n"                    // 3
    "  sans: Noto Sans\n"         // 4
    "breaking:\n"                 // 5
    "  tolerance: 400\n"          // 6
    "paragraph-styles:\n"         // 7
    "  a:\n"                      // 8
    "    family: Noto Serif\n"    // 9
    "    size: 10pt\n"            // 10
    "    color: brand-red\n"      // 11
    "  b:\n"                      // 12
    "    based-on: a\n"           // 13
    "    family: sans\n"          // 14
    "    first-indent: 1em\n"     // 15
    "  c:\n"                      // 16
    "    based-on: b\n"           // 17
    "    size: 12pt\n";           // 18

void expect_pos(const SourcePos& pos, const std::string& file, int line, int column) {
  EXPECT_EQ(pos.file, file);
  EXPECT_EQ(pos.line, line);
  EXPECT_EQ(pos.column, column);
}

class OriginsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.write("s.yaml", std::string(kSheet) + required_paragraph_styles() +  // 19..38
                                     "character-styles:\n"                            // 39
                                     "  mark:\n"                                      // 40
                                     "    family: sans\n"                             // 41
                                     "    features: [smcp, onum]\n"                   // 42
                                     "  link:\n"                                      // 43
                                     "    color: brand-red\n" +                       // 44
                                     required_char_styles("link"));
    sheet_ = load_style_sheet(path_);
  }
  const ValueOrigin& origin(const std::string& style, const std::string& property) {
    const auto& o = sheet_.paragraphs.count(style) ? sheet_.paragraphs.at(style).origins
                                                   : sheet_.characters.at(style).origins;
    return o.at(property);
  }
  TempDir dir_;
  std::string path_;
  StyleSheet sheet_;
};

TEST_F(OriginsTest, AFamilyValueKnowsItsLineAndColumn) {
  const ValueOrigin& o = origin("a", "family");
  expect_pos(o.pos, path_, 9, 13);
  EXPECT_EQ(o.style, "a");
  EXPECT_EQ(o.text, "Noto Serif");
  EXPECT_EQ(o.token, "");
  expect_pos(sheet_.origin("a", "family"), path_, 9, 13);
  expect_pos(sheet_.origin("a", "size"), path_, 10, 11);
}

TEST_F(OriginsTest, ATokenPointsAtItsDefinition) {
  const ValueOrigin& o = origin("b", "family");
  expect_pos(o.pos, path_, 14, 13);  // where the style names the token
  EXPECT_EQ(o.token, "sans");
  expect_pos(o.token_pos, path_, 4, 9);
  expect_pos(sheet_.origin("b", "family"), path_, 4, 9);  // where "Noto Sans" is spelt
  const ValueOrigin& color = origin("a", "color");
  EXPECT_EQ(color.token, "brand-red");
  expect_pos(color.token_pos, path_, 2, 14);
}

TEST_F(OriginsTest, InheritedValuesKeepTheStyleThatSetThem) {
  const ValueOrigin& family = origin("c", "family");  // c <- b <- a; b sets the family
  EXPECT_EQ(family.style, "b");
  expect_pos(family.pos, path_, 14, 13);
  expect_pos(sheet_.origin("c", "family"), path_, 4, 9);

  const ValueOrigin& color = origin("c", "color");
  EXPECT_EQ(color.style, "a");
  expect_pos(color.pos, path_, 11, 12);

  const ValueOrigin& indent = origin("c", "first-indent");
  EXPECT_EQ(indent.style, "b");
  EXPECT_EQ(indent.text, "1em");
  expect_pos(indent.pos, path_, 15, 19);

  const ValueOrigin& size = origin("c", "size");  // its own, overriding a's
  EXPECT_EQ(size.style, "c");
  expect_pos(size.pos, path_, 18, 11);

  const ValueOrigin& parent = origin("c", "based-on");
  EXPECT_EQ(parent.text, "b");
  EXPECT_EQ(parent.style, "c");
  expect_pos(parent.pos, path_, 17, 15);
  EXPECT_EQ(sheet_.paragraphs.at("a").origins.count("based-on"), 0u);
}

TEST_F(OriginsTest, DefaultsHaveNoOriginAndGiveJustTheFile) {
  EXPECT_EQ(sheet_.paragraphs.at("c").origins.count("tracking"), 0u);
  EXPECT_EQ(sheet_.paragraphs.at("body").origins.size(), 0u);  // `body: {}`
  expect_pos(sheet_.origin("c", "tracking"), path_, 0, 0);
}

TEST_F(OriginsTest, StylesKnowWhereTheyAreDefined) {
  expect_pos(sheet_.paragraphs.at("a").pos, path_, 8, 3);
  expect_pos(sheet_.paragraphs.at("c").pos, path_, 16, 3);  // not a's, though based on it
  expect_pos(sheet_.characters.at("mark").pos, path_, 40, 3);
}

TEST_F(OriginsTest, CharacterStylesAndLists) {
  expect_pos(sheet_.origin("mark", "family"), path_, 4, 9);
  const ValueOrigin& features = origin("mark", "features");
  EXPECT_EQ(features.text, "[smcp, onum]");
  expect_pos(features.pos, path_, 42, 15);
}

TEST_F(OriginsTest, TopLevelSettings) {
  const ValueOrigin& tolerance = sheet_.origins.at("breaking.tolerance");
  expect_pos(tolerance.pos, path_, 6, 14);
  EXPECT_EQ(tolerance.text, "400");
  EXPECT_EQ(tolerance.style, "");
  EXPECT_EQ(sheet_.origins.count("breaking.pretolerance"), 0u);
  // Without `link-color`, links take the link style's colour, and its origin.
  const ValueOrigin& link = sheet_.origins.at("link-color");
  EXPECT_EQ(link.style, "link");
  expect_pos(link.pos, path_, 44, 12);
}

TEST_F(OriginsTest, AnUnknownStyleIsAnErrorWithASuggestion) {
  const Diagnostic d = error_of([&] { sheet_.origin("bb", "family"); });
  EXPECT_EQ(d.message, "unknown style 'bb' (did you mean 'b'?)");
  EXPECT_EQ(d.pos.file, path_);
}

TEST(LayoutOrigins, DottedKeysShorthandsAndTokens) {
  TempDir dir;
  const std::string path = dir.write("l.yaml",
                                     "colors:\n"               // 1
                                     "  grey: \"#8C8C8C\"\n"   // 2
                                     "page: A4\n"              // 3
                                     "margins: 20mm\n"         // 4
                                     "footer:\n"               // 5
                                     "  right: \"{page}\"\n"   // 6
                                     "  rule:\n"               // 7
                                     "    thickness: 0.4pt\n"  // 8
                                     "    color: grey\n");     // 9
  const PageTemplate t = load_page_template(path);
  expect_pos(t.origins.at("page.width").pos, path, 3, 7);
  EXPECT_EQ(t.origins.at("page.height").text, "A4");
  for (const char* side : {"margins.top", "margins.right", "margins.bottom", "margins.left"}) {
    expect_pos(t.origins.at(side).pos, path, 4, 10);
    EXPECT_EQ(t.origins.at(side).text, "20mm");
  }
  expect_pos(t.origins.at("footer.right").pos, path, 6, 10);
  expect_pos(t.origins.at("footer.rule.thickness").pos, path, 8, 16);
  const ValueOrigin& color = t.origins.at("footer.rule.color");
  expect_pos(color.pos, path, 9, 12);
  EXPECT_EQ(color.token, "grey");
  expect_pos(color.token_pos, path, 2, 9);
  EXPECT_EQ(t.origins.count("columns"), 0u);
  EXPECT_EQ(t.origins.size(), 9u);  // 2 page, 4 margins, 3 footer
}

}  // namespace
}  // namespace folio::style
