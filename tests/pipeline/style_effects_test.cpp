// Every paragraph-style property changes the typeset output, in the place it should (issue 4,
// part 6). One row per property, in the order of docs/styles.md; the base files are in
// style_effects_support.cpp.
#include <gtest/gtest.h>

#include "pipeline/style_effects_support.hpp"

namespace folio::pipeline::effects {
namespace {

// "Alpha" opens a body-first paragraph, "Omega" a body one; body-first is based-on body.
const std::string kParas =
    "Alpha opens the first paragraph with enough words to fill several lines of a narrow column, so "
    "that alignment and indents show on every line of it.\n\n"
    "Omega opens the second paragraph, which follows the first one directly and also runs over a few "
    "lines of the column.\n";

// One column of a short page that holds the four lines of "Alpha" and no more: the page breaks
// between the paragraphs (two lines of "Omega" do not fit, one would be an orphan).
const std::string kPageBreak =
    "Alpha opens the first paragraph with enough words to fill several lines of a wide column, and it "
    "goes on for a while longer than that, so that the paragraph takes four whole lines of the single "
    "column and ends right here.\n\n"
    "Omega opens the second paragraph, which follows the first one directly and also runs over a few "
    "lines of the column.\n";
const std::vector<Change> kShortPage = {layout_key("columns", "1"), layout_key("page.height", "180pt")};

// Long words in a narrow column: the base breaks several of them with hyphens.
const std::string kHyphens =
    "Alpha international cooperation on environmental monitoring, telecommunications and "
    "electromagnetic compatibility requires extraordinary organizational commitment from participating "
    "laboratories.\n";

// Many words of 7 to 9 letters: the base hyphenates "results" (7) and three of 9 letters.
const std::string kManyHyphens =
    "Beta scientists measured particles, described elements, tested samples, compared results, recorded "
    "findings, analysed patterns, published journals, reviewed manuscripts and organized workshops "
    "worldwide.\n";

// Every kind of block, each set in its own paragraph style.
const std::string kBlocks =
    "# Section One\n\n"
    "Alpha opens the section with enough words to fill two lines of the column.\n\n"
    "## Subsection Two\n\n"
    "Omega follows the subsection heading with a few words.\n\n"
    "- Listed item with words that run over more than one line of the narrow column.\n\n"
    "> Quoted text that runs over more than one line of the narrow column, to show its indents.\n\n"
    "```\ncode_block_line()\n```\n";

// Two lines, then a heading, then a paragraph: on a short page the heading falls at the foot.
const std::string kHeadingAtFoot =
    "Alpha is a short paragraph of two lines that opens the issue and leaves the rest of the page to the "
    "heading below it.\n\n"
    "## Heading Here\n\n"
    "Omega opens a long paragraph that runs over several lines of the single column, so that it has to "
    "break across the pages somewhere, and where it breaks depends on the heading above it.\n";

const std::string kBody = "paragraph-styles.body.";
// One column: nothing is balanced, so the paragraphs stay one below the other.
const Change kOneColumn = layout_key("columns", "1");

const std::vector<Effect> kParagraphEffects = {
    {"family", style_key(kBody + "family", "Noto Sans"), kParas, font_of("Omega"), "NotoSerif-Regular.ttf",
     "NotoSans-Regular.ttf"},
    {"weight", style_key(kBody + "weight", "bold"), kParas, font_of("Omega"), "NotoSerif-Regular.ttf",
     "NotoSerif-Bold.ttf"},
    {"weight-number", style_key(kBody + "weight", "700"), kParas, font_of("Omega"), "NotoSerif-Regular.ttf",
     "NotoSerif-Bold.ttf"},
    {"style", style_key(kBody + "style", "italic"), kParas, font_of("Omega"), "NotoSerif-Regular.ttf",
     "NotoSerif-Italic.ttf"},
    {"size", style_key(kBody + "size", "12pt"), kParas, size_of("Omega"), "10pt", "12pt"},
    // In em, relative to the size it inherits (body-first is based-on body).
    {"size-em", style_key("paragraph-styles.body-first.size", "1.2em"), kParas, size_of("Alpha"), "10pt",
     "12pt"},
    {"leading", style_key(kBody + "leading", "14pt"), kParas, baseline_gap("Omega", 1), "12pt", "14pt"},
    // Tracking adds after every glyph: the "O" of "Omega" advances 1pt more.
    {"tracking", style_key(kBody + "tracking", "1pt"), kParas, first_advance("Omega"), "7.42pt", "8.42pt"},
    {"color", style_key(kBody + "color", R"("#1F4E9A")"), kParas, color_of("Omega"), "rgb(0,0,0)",
     "rgb(0.1216,0.3059,0.6039)"},
    {"color-cmyk", style_key(kBody + "color", "cmyk(0, 0.5, 1, 0.1)"), kParas, color_of("Omega"),
     "rgb(0,0,0)", "cmyk(0,0.5,1,0.1)"},
    {"align-left", style_key(kBody + "align", "left"), kParas, aligned("Alpha"), "flush left and right",
     "flush left"},
    {"align-center", style_key(kBody + "align", "center"), kParas, aligned("Alpha"), "flush left and right",
     "centred"},
    {"align-right", style_key(kBody + "align", "right"), kParas, aligned("Alpha"), "flush left and right",
     "flush right"},
    {"align-justify",
     style_key(kBody + "align", "justify"),
     kParas,
     aligned("Alpha"),
     "flush left",
     "flush left and right",
     {style_key(kBody + "align", "left")}},
    {"first-indent", style_key(kBody + "first-indent", "15pt"), kParas, left_gap("Alpha"), "0pt", "15pt"},
    {"first-indent-em", style_key(kBody + "first-indent", "1.5em"), kParas, left_gap("Alpha"), "0pt", "15pt"},
    {"first-indent-hanging",
     style_key(kBody + "first-indent", "-10pt"),
     kParas,
     left_gap("Alpha"),
     "10pt",
     "0pt",
     {style_key(kBody + "left-indent", "10pt")}},
    {"left-indent", style_key(kBody + "left-indent", "12pt"), kParas, left_gap("Alpha", 1), "0pt", "12pt"},
    // (With spaces allowed to stretch further: at the default limit the narrower line is set ragged.)
    {"right-indent", style_key(kBody + "right-indent", "20pt"), kParas, right_gap("Alpha"), "0pt", "20pt",
     {style_key("breaking.max-space-stretch", "10")}},
    {"space-before",
     style_key(kBody + "space-before", "6pt"),
     kParas,
     baseline_gap("Omega", -1),
     "12pt",
     "18pt",
     {kOneColumn}},
    {"space-after",
     style_key(kBody + "space-after", "6pt"),
     kParas,
     baseline_gap("Omega", -1),
     "12pt",
     "18pt",
     {kOneColumn}},
    {"hyphenate", style_key(kBody + "hyphenate", "false"), kHyphens, hyphenated_words(), "electro-", "none"},
    // "results" has 7 letters, the other hyphenated words 9: only it stops breaking.
    {"hyphen-min-word", style_key(kBody + "hyphen-min-word", "8"), kManyHyphens, hyphenated_words(),
     "parti- re- re- orga-", "parti- re- orga-"},
    {"keep-with-next", style_key("paragraph-styles.body-first.keep-with-next", "true"), kPageBreak,
     place_of("ends right"), "page 1 col1", "page 2 col1", kShortPage},
    {"text-transform", style_key(kBody + "text-transform", "uppercase"), kParas, region_line(0, "col1"),
     "Alpha opens the first paragraph", "ALPHA OPENS THE FIRST"},
    {"features-liga", style_key(kBody + "features", "[-liga]"), kParas, ligatures(), "fi fi fi", "none"},
    // Small capitals are other glyphs of the same font.
    {"features-smcp", style_key(kBody + "features", "[smcp]"), kParas, glyph_ids("Omega"), "50 80 72 74 68",
     "50 2200 2160 2171 2136"},
    {"based-on", style_key("paragraph-styles.body-first.based-on", "aside"), kParas, font_of("Alpha"),
     "NotoSerif-Regular.ttf", "NotoSans-Regular.ttf"},
};

// The engine reads each block's own style: one property of each, where it shows.
const std::vector<Effect> kBlockStyleEffects = {
    {"h1.family",
     style_key("paragraph-styles.h1.family", "Noto Serif"),
     kBlocks,
     font_of("SectionOne"),
     "NotoSans-Bold.ttf",
     "NotoSerif-Bold.ttf",
     {layout_key("masthead.contents", "false")}},
    {"h2.color", style_key("paragraph-styles.h2.color", R"("#1F4E9A")"), kBlocks, color_of("Subsection"),
     "rgb(0.651,0.098,0.1804)", "rgb(0.1216,0.3059,0.6039)"},
    {"h2.space-before",
     style_key("paragraph-styles.h2.space-before", "20pt"),
     kBlocks,
     baseline_gap("Subsection", -1),
     "24.1pt",
     "34.1pt",
     {kOneColumn}},
    {"h2.space-after",
     style_key("paragraph-styles.h2.space-after", "10pt"),
     kBlocks,
     baseline_gap("Subsection", 1),
     "16.9pt",
     "22.9pt",
     {kOneColumn}},
    // The page has room for the heading but not for the two lines after it.
    {"h2.keep-with-next",
     style_key("paragraph-styles.h2.keep-with-next", "false"),
     kHeadingAtFoot,
     place_of("Heading Here"),
     "page 2 col1",
     "page 1 col1",
     {layout_key("columns", "1"), layout_key("page.height", "186pt")}},
    {"h3.size", style_key("paragraph-styles.h3.size", "9pt"), "### Small Heading\n\nText.\n",
     size_of("SmallHeading"), "12pt", "9pt"},
    {"masthead-title.size", style_key("paragraph-styles.masthead-title.size", "30pt"), kBlocks,
     size_of("TestReview"), "20pt", "30pt"},
    {"masthead-issue.text-transform",
     style_key("paragraph-styles.masthead-issue.text-transform", "uppercase"), kBlocks,
     region_line(0, "masthead", 1), "June 2025", "JUNE 2025"},
    {"contents-title.color", style_key("paragraph-styles.contents-title.color", R"("#1F4E9A")"), kBlocks,
     color_of("Inthisissue"), "rgb(0,0,0)", "rgb(0.1216,0.3059,0.6039)"},
    {"contents-entry.size", style_key("paragraph-styles.contents-entry.size", "11pt"), kBlocks,
     size_of("SectionOne"), "9pt", "11pt"},
    {"list-item.left-indent", style_key("paragraph-styles.list-item.left-indent", "20pt"), kBlocks,
     left_gap("Listed", 1), "12pt", "20pt"},
    {"blockquote.right-indent", style_key("paragraph-styles.blockquote.right-indent", "30pt"), kBlocks,
     right_gap("Quoted"), "12pt", "30pt", {style_key("breaking.max-space-stretch", "10")}},
    {"code-block.family", style_key("paragraph-styles.code-block.family", "Noto Sans"), kBlocks,
     font_of("code_block"), "NotoSansMono-Regular.ttf", "NotoSans-Regular.ttf"},
};

[[maybe_unused]] const bool kRegistered =
    register_effects(kParagraphEffects) && register_effects(kBlockStyleEffects);

class ParagraphStyleEffect : public ::testing::TestWithParam<Effect> {};
TEST_P(ParagraphStyleEffect, ChangesTheOutput) { check_effect(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Body, ParagraphStyleEffect, ::testing::ValuesIn(kParagraphEffects), test_name);
INSTANTIATE_TEST_SUITE_P(Blocks, ParagraphStyleEffect, ::testing::ValuesIn(kBlockStyleEffects), test_name);

}  // namespace
}  // namespace folio::pipeline::effects
