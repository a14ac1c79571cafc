// `folio styles list`: the exact text for a small sheet and layout, and that every value the
// loaders record is listed.
#include <gtest/gtest.h>

#include <algorithm>

#include "style/load_page_template.hpp"
#include "style/load_style_sheet.hpp"
#include "style/schema_info.hpp"
#include "style/style_listing.hpp"
#include "style_test_util.hpp"

namespace folio::style {
namespace {

using testing::required_char_styles;
using testing::required_paragraph_styles;
using testing::TempDir;

// Expected blocks, positions relative to the temp folder.
const char* const kTop =
    "link-color = #000000                      (default)\n"
    "breaking.pretolerance = 100               (default)\n"
    "breaking.tolerance = 400                  (s.yaml:6:14)\n"
    "breaking.line-penalty = 10                (default)\n"
    "breaking.hyphen-penalty = 50              (default)\n"
    "breaking.ex-hyphen-penalty = 50           (default)\n"
    "breaking.adj-demerits = 10000             (default)\n"
    "breaking.double-hyphen-demerits = 10000   (default)\n"
    "breaking.final-hyphen-demerits = 5000     (default)\n"
    "breaking.emergency-stretch = 9pt          (default)\n"
    "breaking.max-hyphen-run = 2               (default)\n"
    "breaking.expansion = 0.02                 (default)\n"
    "breaking.max-space-stretch = 2            (default)\n"
    "flow.widow-lines = 2                      (default)\n"
    "flow.orphan-lines = 2                     (default)\n"
    "flow.lines-after-heading = 2              (default)\n"
    "font-files = []                           (default)\n"
    // Too long for the column: their origins follow them.
    "font-fallback.Noto Sans = [Noto Sans Math, Noto Sans Symbols, Noto Sans Symbols2, Noto Sans CJK SC, "
    "Noto Sans Arabic, Noto Sans Hebrew, Noto Color Emoji]   (default)\n"
    "font-fallback.Noto Sans Mono = [Noto Sans Math, Noto Sans Symbols, Noto Sans Symbols2, Noto Sans Mono CJK "
    "SC, Noto Sans Arabic, Noto Sans Hebrew, Noto Color Emoji]   (default)\n"
    "font-fallback.Noto Serif = [Noto Sans Math, Noto Sans Symbols, Noto Sans Symbols2, Noto Serif CJK SC, Noto "
    "Naskh Arabic, Noto Serif Hebrew, Noto Color Emoji]   (default)\n"
    "table.top-rule.thickness = 0.8pt          (default)\n"
    "table.top-rule.color = #000000            (default)\n"
    "table.header-rule.thickness = 0.4pt       (default)\n"
    "table.header-rule.color = #000000         (default)\n"
    "table.bottom-rule.thickness = 0.8pt       (default)\n"
    "table.bottom-rule.color = #000000         (default)\n"
    "table.column-gap = 8pt                    (default)\n"
    "table.row-space = 3pt                     (default)\n"
    "table.rule-space = 3pt                    (default)\n"
    "table.space-before = 6pt                  (default)\n"
    "table.space-after = 6pt                   (default)\n"
    "table.min-size = 6.5pt                    (default)\n"
    "footnotes.rule.thickness = 0.4pt          (default)\n"
    "footnotes.rule.color = #000000            (default)\n"
    "footnotes.rule-width = 60pt               (default)\n"
    "footnotes.space-above = 8pt               (default)\n"
    "footnotes.space-below = 4pt               (default)\n"
    "captions.label = \"\"                       (default)\n"
    "captions.label-style = \"\"                 (default)\n";

const char* const kZeta =
    "zeta.family = Noto Serif         (s.yaml:9:13, fonts.serif at 4:10)\n"
    "zeta.weight = regular            (default)\n"
    "zeta.style = normal              (default)\n"
    "zeta.size = 10pt                 (s.yaml:10:11)\n"
    "zeta.leading = 12.5pt            (default)\n"
    "zeta.tracking = 0pt              (default)\n"
    "zeta.color = #101010             (s.yaml:12:12, colors.ink at 2:8)\n"
    "zeta.align = justify             (default)\n"
    "zeta.first-indent = 10pt (1em)   (s.yaml:11:19)\n"
    "zeta.left-indent = 0pt           (default)\n"
    "zeta.right-indent = 0pt          (default)\n"
    "zeta.space-before = 0pt          (default)\n"
    "zeta.space-after = 0pt           (default)\n"
    "zeta.hyphenate = true            (default)\n"
    "zeta.hyphen-min-word = 5         (default)\n"
    "zeta.keep-with-next = false      (default)\n"
    "zeta.text-transform = none       (default)\n"
    "zeta.features = [onum]           (s.yaml:13:15)\n"
    "zeta.background = none           (default)\n"
    "zeta.left-rule.thickness = 0pt   (default)\n"
    "zeta.left-rule.color = #000000   (default)\n"
    "zeta.padding = 0pt               (default)\n";

const char* const kAlpha =
    "alpha.based-on = zeta             (s.yaml:15:15)\n"
    "alpha.family = Noto Serif         (from zeta, s.yaml:9:13, fonts.serif at 4:10)\n"
    "alpha.weight = regular            (default)\n"
    "alpha.style = normal              (default)\n"
    "alpha.size = 12pt                 (s.yaml:16:11)\n"
    "alpha.leading = 12.5pt            (default)\n"
    "alpha.tracking = 0pt              (default)\n"
    "alpha.color = #101010             (from zeta, s.yaml:12:12, colors.ink at 2:8)\n"
    "alpha.align = left                (s.yaml:17:12)\n"
    "alpha.first-indent = 10pt (1em)   (from zeta, s.yaml:11:19)\n"
    "alpha.left-indent = 0pt           (default)\n"
    "alpha.right-indent = 0pt          (default)\n"
    "alpha.space-before = 0pt          (default)\n"
    "alpha.space-after = 0pt           (default)\n"
    "alpha.hyphenate = false (no)      (s.yaml:18:16)\n"
    "alpha.hyphen-min-word = 5         (default)\n"
    "alpha.keep-with-next = false      (default)\n"
    "alpha.text-transform = none       (default)\n"
    "alpha.features = [onum]           (from zeta, s.yaml:13:15)\n"
    "alpha.background = none           (default)\n"
    "alpha.left-rule.thickness = 0pt   (default)\n"
    "alpha.left-rule.color = #000000   (default)\n"
    "alpha.padding = 0pt               (default)\n";

const char* const kMark =
    "mark.family = paragraph's                                      (default)\n"
    "mark.weight = 600                                              (s.yaml:41:13)\n"
    "mark.style = paragraph's                                       (default)\n"
    "mark.size-scale = 1                                            (default)\n"
    "mark.baseline-shift = 0.3 (0.3em)                              (s.yaml:42:21)\n"
    "mark.color = cmyk(0, 0.5, 1, 0.1) (cmyk(0%, 50%, 100%, 10%))   (s.yaml:43:12)\n"
    "mark.underline = false                                         (default)\n"
    "mark.strikethrough = false                                     (default)\n"
    "mark.underline-thickness = font's                              (default)\n"
    "mark.underline-offset = font's                                 (default)\n"
    "mark.text-transform = paragraph's                              (default)\n"
    "mark.features = []                                             (default)\n";

const char* const kLayout =
    "page.width = 432pt (6in)                    (l.yaml:4:10)\n"
    "page.height = 648pt (9in)                   (l.yaml:5:11)\n"
    "margins.top = 56.693pt (20mm)               (l.yaml:6:10)\n"
    "margins.right = 56.693pt (20mm)             (l.yaml:6:10)\n"
    "margins.bottom = 56.693pt (20mm)            (l.yaml:6:10)\n"
    "margins.left = 56.693pt (20mm)              (l.yaml:6:10)\n"
    "columns = 3                                 (l.yaml:7:10)\n"
    "gutter = 14.173pt (5mm)                     (l.yaml:8:9)\n"
    "column-rule.thickness = 0pt                 (default)\n"
    "column-rule.color = #000000                 (default)\n"
    "baseline-grid = off                         (l.yaml:9:16)\n"
    "masthead.band-height = 0pt                  (default)\n"
    "masthead.band-color = #000000               (default)\n"
    "masthead.rule-below.thickness = 0pt         (default)\n"
    "masthead.rule-below.color = #000000         (default)\n"
    "masthead.space-after = 0pt                  (default)\n"
    "masthead.contents = true                    (default)\n"
    "masthead.contents-title = \"In this issue\"   (default)\n"
    "masthead.contents-level = auto              (default)\n"
    "masthead.contents-depth = 1                 (default)\n"
    "footer.left = \"{publication}\"               (l.yaml:11:9)\n"
    "footer.center = \"\"                          (default)\n"
    "footer.right = \"{page} / {pages}\"           (l.yaml:12:10)\n"
    "footer.baseline = 0pt                       (default)\n"
    "footer.rule.thickness = 0.4pt               (l.yaml:14:16)\n"
    "footer.rule.color = #8C8C8C                 (l.yaml:15:12, colors.grey at 2:9)\n"
    "footer.style = footer                       (default)\n"
    "header.left = \"\"                            (default)\n"
    "header.center = \"\"                          (default)\n"
    "header.right = \"\"                           (default)\n"
    "header.baseline = 0pt                       (default)\n"
    "header.rule.thickness = 0pt                 (default)\n"
    "header.rule.color = #000000                 (default)\n"
    "header.style = footer                       (default)\n"
    "figures.max-height = 283.465pt              (default)\n"
    "figures.min-ppi = 150                       (default)\n"
    "figures.space = 6pt                         (default)\n";

const char* const kSheet =
    "colors:\n"                // 1
    "  ink: \"#101010\"\n"     // 2
    "fonts:\n"                 // 3
    "  serif: Noto Serif\n"    // 4
    "breaking:\n"              // 5
    "  tolerance: 400\n"       // 6
    "paragraph-styles:\n"      // 7
    "  zeta:\n"                // 8
    "    family: serif\n"      // 9
    "    size: 10pt\n"         // 10
    "    first-indent: 1em\n"  // 11
    "    color: ink\n"         // 12
    "    features: [onum]\n"   // 13
    "  alpha:\n"               // 14
    "    based-on: zeta\n"     // 15
    "    size: 12pt\n"         // 16
    "    align: left\n"        // 17
    "    hyphenate: no\n";     // 18
const char* const kChars =
    "character-styles:\n"                     // 33
    "  mark:\n"                               // 34
    "    weight: 600\n"                       // 35
    "    baseline-shift: 0.3em\n"             // 36
    "    color: cmyk(0%, 50%, 100%, 10%)\n";  // 37

const char* const kLayoutFile =
    "colors:\n"                        // 1
    "  grey: \"#8C8C8C\"\n"            // 2
    "page:\n"                          // 3
    "  width: 6in\n"                   // 4
    "  height: 9in\n"                  // 5
    "margins: 20mm\n"                  // 6
    "columns: 3\n"                     // 7
    "gutter: 5mm\n"                    // 8
    "baseline-grid: off\n"             // 9
    "footer:\n"                        // 10
    "  left: \"{publication}\"\n"      // 11
    "  right: \"{page} / {pages}\"\n"  // 12
    "  rule:\n"                        // 13
    "    thickness: 0.4pt\n"           // 14
    "    color: grey\n";               // 15

// Positions become relative to the temp folder, so the expectations are fixed text.
std::string relative(std::string text, const TempDir& dir) {
  const std::string prefix = dir.path() + "/";
  for (size_t at; (at = text.find(prefix)) != std::string::npos;) text.erase(at, prefix.size());
  return text;
}

std::vector<std::string> blocks(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t blank; (blank = text.find("\n\n", start)) != std::string::npos; start = blank + 2)
    out.push_back(text.substr(start, blank + 1 - start));
  out.push_back(text.substr(start));
  return out;
}

class ListingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    sheet_ = load_style_sheet(dir_.write(
        "s.yaml", std::string(kSheet) + required_paragraph_styles() + kChars + required_char_styles()));
    text_ = relative(list_style_sheet(sheet_), dir_);
    blocks_ = blocks(text_);
  }
  TempDir dir_;
  StyleSheet sheet_;
  std::string text_;
  std::vector<std::string> blocks_;
};

TEST_F(ListingTest, TopLevelSettingsFirst) { EXPECT_EQ(blocks_.at(0), kTop); }

TEST_F(ListingTest, AParagraphStyleWithTokensEmAndDefaults) { EXPECT_EQ(blocks_.at(1), kZeta); }

TEST_F(ListingTest, InheritedValuesSayWhichStyleSetThem) { EXPECT_EQ(blocks_.at(2), kAlpha); }

TEST_F(ListingTest, ACharacterStyle) {
  const auto it = std::find_if(blocks_.begin(), blocks_.end(),
                               [](const std::string& b) { return b.rfind("mark.", 0) == 0; });
  ASSERT_NE(it, blocks_.end());
  EXPECT_EQ(*it, kMark);
}

TEST_F(ListingTest, StylesComeInTheFileOrder) {
  std::vector<std::string> firsts;
  for (const std::string& b : blocks_) firsts.push_back(b.substr(0, b.find_first_of(". ")));
  const std::vector<std::string> expected = {
      "link-color", "zeta",      "alpha",          "body",           "body-first",     "h1",
      "h2",         "h3",        "h4",           "h5",             "h6",             "masthead-title", "masthead-issue", "contents-title", "contents-entry",
      "footer",     "list-item", "blockquote",     "code-block",     "table-header",   "table-cell",
      "footnote",   "caption",   "mark",           "emphasis",       "strong",         "link",
      "code",       "superscript", "subscript",    "underline",      "strikethrough",  "small",
      "footnote-ref"};
  EXPECT_EQ(firsts, expected);
}

TEST(LayoutListing, ExactText) {
  TempDir dir;
  const PageTemplate t = load_page_template(dir.write("l.yaml", kLayoutFile));
  EXPECT_EQ(relative(list_page_template(t), dir), kLayout);
}

bool has_row(const std::string& listing, const std::string& name) {
  return listing.rfind(name + " = ", 0) == 0 || listing.find("\n" + name + " = ") != std::string::npos;
}

// Every value a loader records is listed, so a new key cannot be left out of the listing.
TEST(LayoutListing, ListsEveryKeyTheLoaderRecords) {
  TempDir dir;
  const PageTemplate t = load_page_template(
      dir.write("l.yaml",
                "colors: {red: \"#A6192E\"}\n"
                "page: {width: 6in, height: 9in}\n"
                "margins: {top: 1in, right: 1in, bottom: 1in, left: 1in}\n"
                "columns: 2\n"
                "gutter: 5mm\n"
                "column-rule: {thickness: 0.25pt, color: red}\n"
                "baseline-grid: 13pt\n"
                "masthead: {band-height: 8mm, band-color: red, rule-below: {thickness: 1pt, color: red},\n"
                "           space-after: 13pt, contents: false, contents-title: Contents,\n"
                "           contents-level: 2, contents-depth: 2}\n"
                "footer: {left: a, center: b, right: c, baseline: 12mm, rule: {thickness: 1pt, color: red},\n"
                "         style: footer}\n"
                "header: {left: a, center: b, right: c, baseline: 12mm, rule: {thickness: 1pt, color: red},\n"
                "         style: footer}\n"
                "figures: {max-height: 90mm, min-ppi: 200, space: 6pt}\n"));
  std::vector<std::string> recorded;
  for (const auto& kv : t.origins) recorded.push_back(kv.first);
  std::vector<std::string> listed;  // the name of every line, "footer.rule.color"
  const std::string text = list_page_template(t);
  for (size_t line = 0; line < text.size(); line = text.find('\n', line) + 1)
    listed.push_back(text.substr(line, text.find(" = ", line) - line));
  std::sort(listed.begin(), listed.end());
  EXPECT_EQ(recorded, listed);
  const std::string listing = list_page_template(t);
  for (const std::string& key : recorded) EXPECT_TRUE(has_row(listing, key)) << key;
  EXPECT_EQ(listing.find("(default)"), std::string::npos) << listing;
}

TEST(SheetListing, ListsEveryPropertyTheLoaderRecords) {
  TempDir dir;
  std::string breaking, flow;
  const std::vector<std::string> breaking_keys = key_names("breaking"), flow_keys = key_names("flow");
  for (const std::string& k : breaking_keys)
    breaking += "  " + k + ": " + (k == "emergency-stretch" ? "1pt" : k == "expansion" ? "0.01" : k == "max-space-stretch" ? "2.5" : "3") + "\n";
  for (const std::string& k : flow_keys) flow += "  " + k + ": 3\n";
  const StyleSheet sheet = load_style_sheet(dir.write(
      "s.yaml", "link-color: \"#123456\"\nbreaking:\n" + breaking + "flow:\n" + flow +
                    "paragraph-styles:\n"
                    "  all:\n"
                    "    based-on: body\n"
                    "    family: Noto Sans\n    weight: bold\n    style: italic\n    size: 9pt\n"
                    "    leading: 11pt\n    tracking: 0.1pt\n    color: \"#F00\"\n    align: right\n"
                    "    first-indent: 1em\n    left-indent: 1pt\n    right-indent: 1pt\n"
                    "    space-before: 1pt\n    space-after: 1pt\n    hyphenate: false\n"
                    "    hyphen-min-word: 6\n    keep-with-next: true\n    text-transform: uppercase\n"
                    "    features: [smcp]\n    background: \"#EEE\"\n    left-rule: {thickness: 1pt, color: \"#F00\"}\n"
                    "    padding: 2pt\n" +
                    required_paragraph_styles() +
                    "character-styles:\n"
                    "  every:\n"
                    "    based-on: strong\n"
                    "    family: Noto Sans\n    weight: bold\n    style: italic\n    size-scale: 0.5\n"
                    "    baseline-shift: 0.2\n    color: \"#F00\"\n    underline: true\n    strikethrough: true\n"
                    "    underline-thickness: 1pt\n    underline-offset: 1pt\n"
                    "    text-transform: uppercase\n    features: [smcp]\n" +
                    required_char_styles()));
  const std::string listing = list_style_sheet(sheet);
  EXPECT_EQ(sheet.origins.size(), 1 + breaking_keys.size() + flow_keys.size());
  for (const auto& kv : sheet.origins) EXPECT_TRUE(has_row(listing, kv.first)) << kv.first;
  const Origins& para = sheet.paragraphs.at("all").origins;
  const Origins& chars = sheet.characters.at("every").origins;
  EXPECT_EQ(para.size(), key_names("paragraph-style").size() + 1);  // left-rule: its thickness and colour
  EXPECT_EQ(chars.size(), key_names("character-style").size());
  for (const auto& kv : para) EXPECT_TRUE(has_row(listing, "all." + kv.first)) << kv.first;
  for (const auto& kv : chars) EXPECT_TRUE(has_row(listing, "every." + kv.first)) << kv.first;
}

}  // namespace
}  // namespace folio::style
