// The top-level settings of a style sheet change the typeset output (issue 4, part 6): the link
// colour, every line-breaking parameter, the column rules and the tokens, in the order of
// docs/styles.md. Each breaking parameter is shown on a paragraph where it moves a break.
#include <gtest/gtest.h>

#include "pipeline/style_effects_support.hpp"

namespace folio::pipeline::effects {
namespace {

const std::string kLink = "Alpha has a [Epsilon](https://example.com) link.\n";

// Three sentences of long words, one paragraph in one 340pt column.
const std::string kLong =
    "Beta scientists measured particles, described elements, tested samples, compared results, recorded "
    "findings, analysed patterns, published journals, reviewed manuscripts and organized workshops "
    "worldwide. Gamma researchers presented remarkable discoveries concerning sustainable agriculture, "
    "renewable electricity, interplanetary navigation, biodiversity conservation and atmospheric "
    "chemistry during conferences. Delta engineers at the national laboratory reported that the "
    "prototype satellite completed its orbital tests ahead of schedule, while international partners "
    "confirmed that the ground stations received every transmission without interruption or noticeable "
    "distortion.\n";
// Compounds with explicit hyphens.
const std::string kCompounds =
    "Epsilon teams built a well-known, state-of-the-art, high-resolution imaging system for long-term "
    "climate observation, and the cross-border data-sharing agreement gave low-income partner countries "
    "real-time access to satellite-based measurements of sea-level rise.\n";
const std::string kCommittee =
    "Zeta the committee recommended that universities strengthen collaboration with industry, establish "
    "transparent evaluation procedures, encourage interdisciplinary training, and guarantee that "
    "experimental infrastructure remains accessible to independent investigators across the region.\n";
const std::string kLongWords =
    "Eta a short line follows. Then comes an extraordinarily complicated sentence containing "
    "incomprehensibilities, characteristically uncharacteristic phraseology, and counterrevolutionaries "
    "debating internationalization.\n";

const Change kOneColumn = layout_key("columns", "1");

// The range of horizontal glyph scaling (font expansion) over the body's runs.
Probe glyph_scaling() {
  return [](const frame::PagedDoc& d) {
    double lo = 1, hi = 1;
    for (const frame::Frame& p : d.pages)
      for (const Run& r : frame::flatten(p).runs) lo = std::min(lo, r->h_scale), hi = std::max(hi, r->h_scale);
    if (lo == 1 && hi == 1) return std::string("none");
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4f to %.4f", lo, hi);
    return std::string(buf);
  };
}

const std::vector<Effect> kSheetEffects = {
    // No link colour in the base files: links are the paragraph's black.
    {"link-color", style_key("link-color", R"("#1F4E9A")"), kLink, color_of("Epsilon"), "rgb(0,0,0)",
     "rgb(0.1216,0.3059,0.6039)"},
    // A brand font beside the style joins the fonts: first in the order, it draws the minus sign
    // that Noto Serif lacks (without the file, its family is passed over).
    {"font-files", style_key("font-files", "[lobster.otf]"), "Zeta \u2212 eta.\n", font_of("\u2212"),
     "NotoSansMath-Regular.ttf", "lobster.otf",
     {style_key("font-fallback", "{Noto Serif: [Lobster Two, Noto Sans Math]}")}},
    // The arrow Noto Serif lacks comes from the first family of the order that has it.
    {"font-fallback", style_key("font-fallback", "{Noto Serif: [Noto Sans Symbols, Noto Sans Math]}"),
     "Theta \u2192 iota.\n", font_of("\u2192"), "NotoSansMath-Regular.ttf", "NotoSansSymbols-Regular.ttf"},
};

const std::vector<Effect> kBreakingEffects = {
    // A first pass that accepts loose lines sets the paragraph without hyphens.
    {"pretolerance",
     style_key("breaking.pretolerance", "10000"),
     kLongWords,
     line_ends("Eta"),
     "complicated uncharac- internation- alization.",
     "line containing phraseology, internationalization.",
     {kOneColumn}},
    {"tolerance",
     style_key("breaking.tolerance", "100"),
     kLong,
     line_ends("Beta"),
     "sam- published worldwide. sus- navigation, confer- the in- every distortion.",
     "sam- published worldwide. sus- navigation, confer- pro- while ev- distortion.",
     {kOneColumn}},
    {"line-penalty",
     style_key("breaking.line-penalty", "1000"),
     kLong,
     line_ends("Beta"),
     "sam- published worldwide. sus- navigation, confer- the in- every distortion.",
     "sam- published worldwide. sus- navigation, confer- pro- while ev- distortion.",
     {kOneColumn}},
    {"hyphen-penalty",
     style_key("breaking.hyphen-penalty", "1000"),
     kLong,
     line_ends("Beta"),
     "sam- published worldwide. sus- navigation, confer- the in- every distortion.",
     "sam- published worldwide. sus- navigation, confer- the while received distortion.",
     {kOneColumn}},
    // 10000 forbids breaking after the hyphen of "data-sharing".
    {"ex-hyphen-penalty",
     style_key("breaking.ex-hyphen-penalty", "10000"),
     kCompounds,
     line_ends("Epsilon"),
     "imag- data- access rise.",
     "imag- cross-border real-time rise.",
     {kOneColumn}},
    // In the base's two 160pt columns, where tight and loose lines meet.
    {"adj-demerits", style_key("breaking.adj-demerits", "1000000000"), kLong, line_ends("Beta"),
     "parti- ele- compared ana- jour- and worldwide. re- concerning renew- interplanetary "
     "conser- chem- Delta labora- prototype tests inter- that ev- inter- distortion.",
     "parti- ele- compared ana- jour- and worldwide. re- concerning renew- interplanetary "
     "conser- chem- Delta labo- proto- orbital in- confirmed received inter- distortion."},
    // "collabo-" and "en-" end two lines in a row.
    {"double-hyphen-demerits",
     style_key("breaking.double-hyphen-demerits", "1000000000"),
     kCommittee,
     line_ends("Zeta"),
     "collabo- en- experimental across region.",
     "collab- procedures, experimental across region.",
     {kOneColumn}},
    // Without the demerits a hyphen may end the last full line ("ev-").
    {"final-hyphen-demerits",
     style_key("breaking.final-hyphen-demerits", "0"),
     kLong,
     line_ends("Beta"),
     "sam- published worldwide. sus- navigation, confer- the in- every distortion.",
     "sam- published worldwide. sus- navigation, confer- the while ev- distortion.",
     {kOneColumn}},
    {"emergency-stretch",
     style_key("breaking.emergency-stretch", "0"),
     kLong,
     line_ends("Beta"),
     "sam- published worldwide. sus- navigation, confer- the in- every distortion.",
     "sam- published worldwide. sus- navigation, con- the while ev- distortion.",
     {kOneColumn}},
    {"emergency-stretch-more",
     style_key("breaking.emergency-stretch", "30pt"),
     kLong,
     line_ends("Beta"),
     "sam- published worldwide. sus- navigation, confer- the in- every distortion.",
     "samples, published worldwide. sus- navigation, confer- the while received distortion.",
     {kOneColumn}},
    {"max-hyphen-run",
     style_key("breaking.max-hyphen-run", "1"),
     kCommittee,
     line_ends("Zeta"),
     "collabo- en- experimental across region.",
     "collab- procedures, experimental across region.",
     {kOneColumn}},
    // Glyphs that may widen or narrow change which breaks are best...
    {"expansion",
     style_key("breaking.expansion", "0.05"),
     kLong,
     line_ends("Beta"),
     "sam- published worldwide. sus- navigation, confer- the in- every distortion.",
     "samples, journals, Gamma sustainable biodiversity Delta satellite partners without distortion.",
     {kOneColumn}},
    // ...and lines are set with glyphs scaled up to the limit (Tz in the PDF: style_effects_pdf_test.cpp).
    {"expansion-scaling",
     style_key("breaking.expansion", "0.05"),
     kLong,
     glyph_scaling(),
     "none",
     "0.9500 to 1.0500",
     {kOneColumn}},
};

// A paragraph of two lines, then one of seven, on pages that hold five lines: where the long one
// breaks depends on the widow and orphan rules.
const std::string kSevenLines =
    "Alpha is a short paragraph of two lines that opens the issue and leaves the rest of the page to the "
    "long paragraph below it.\n\n"
    "Omega opens a long paragraph that runs over eight lines of the single column, so that it has to "
    "break across the pages somewhere, and where it breaks depends on how many of its lines the rules keep "
    "together at the foot of the first page and at the top of the next one, which is what the flow "
    "settings decide. A few more sentences make sure that the paragraph is long enough for every rule to "
    "matter, and that it still ends on the second page of the issue.\n";
const std::vector<Change> kFiveLinePages = {kOneColumn, layout_key("page.height", "190pt")};
// A heading near the foot of a page that has room for it and two lines, not three.
const std::string kLateHeading =
    "Alpha is a short paragraph of two lines that opens the issue and leaves the rest of the page to the "
    "heading below it.\n\n"
    "## Heading Here\n\n"
    "Omega opens a long paragraph that runs over six lines of the single column, so that it has to break "
    "across the pages somewhere, and where it breaks depends on how many of its lines must follow the "
    "heading in its column.\n";

const std::vector<Effect> kFlowEffects = {
    // Five lines fit on page 1: two of Alpha, three of Omega, four more on page 2.
    {"widow-lines", style_key("flow.widow-lines", "5"), kSevenLines, line_count(0, "col1"), "5 lines",
     "4 lines", kFiveLinePages},
    // Three lines of Omega fit at the foot of page 1, not four: all of it moves on.
    {"orphan-lines", style_key("flow.orphan-lines", "4"), kSevenLines, line_count(0, "col1"), "5 lines",
     "2 lines", kFiveLinePages},
    {"lines-after-heading",
     style_key("flow.lines-after-heading", "3"),
     kLateHeading,
     place_of("Heading Here"),
     "page 1 col1",
     "page 2 col1",
     {kOneColumn, layout_key("page.height", "206pt")}},
};

const std::vector<Effect> kTokenEffects = {
    // body's colour is the token `ink`, its family the token `serif`.
    {"colors", style_key("colors.ink", R"("#1F4E9A")"), kLink, color_of("Alpha"), "rgb(0,0,0)",
     "rgb(0.1216,0.3059,0.6039)"},
    {"colors-cmyk", style_key("colors.ink", "cmyk(0, 0, 0, 1)"), kLink, color_of("Alpha"), "rgb(0,0,0)",
     "cmyk(0,0,0,1)"},
    {"fonts", style_key("fonts.serif", "Noto Sans"), kLink, font_of("Alpha"), "NotoSerif-Regular.ttf",
     "NotoSans-Regular.ttf"},
};

[[maybe_unused]] const bool kRegistered = register_effects(kSheetEffects) &&
                                          register_effects(kBreakingEffects) &&
                                          register_effects(kFlowEffects) && register_effects(kTokenEffects);

class StyleSheetEffect : public ::testing::TestWithParam<Effect> {};
TEST_P(StyleSheetEffect, ChangesTheOutput) { check_effect(GetParam()); }
INSTANTIATE_TEST_SUITE_P(TopLevel, StyleSheetEffect, ::testing::ValuesIn(kSheetEffects), test_name);
INSTANTIATE_TEST_SUITE_P(Breaking, StyleSheetEffect, ::testing::ValuesIn(kBreakingEffects), test_name);
INSTANTIATE_TEST_SUITE_P(Flow, StyleSheetEffect, ::testing::ValuesIn(kFlowEffects), test_name);
INSTANTIATE_TEST_SUITE_P(Tokens, StyleSheetEffect, ::testing::ValuesIn(kTokenEffects), test_name);

}  // namespace
}  // namespace folio::pipeline::effects
