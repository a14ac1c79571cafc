// Every character-style property changes the typeset output where the style is used (issue 4,
// part 6), in the order of docs/styles.md.
#include <gtest/gtest.h>

#include "pipeline/style_effects_support.hpp"

namespace folio::pipeline::effects {
namespace {

// One word in each character style; glyph runs hold no spaces, so probes find "Beta" etc.
const std::string kInline =
    "Alpha plain *Beta* **Gamma** `Delta` [Epsilon](https://example.com) <u>Zeta</u> "
    "x<sup>Eta</sup> y<sub>Theta</sub> end.\n";
// Digits the font has superior and inferior glyphs for (and the masthead and footer do not use).
const std::string kScripts = "Alpha x<sup>7</sup> and y<sub>8</sub> end.\n";

const std::string kChar = "character-styles.";

const std::vector<Effect> kCharacterEffects = {
    {"family", style_key(kChar + "emphasis.family", "Noto Sans"), kInline, font_of("Beta"),
     "NotoSerif-Italic.ttf", "NotoSans-Italic.ttf"},
    {"weight", style_key(kChar + "emphasis.weight", "bold"), kInline, font_of("Beta"), "NotoSerif-Italic.ttf",
     "NotoSerif-BoldItalic.ttf"},
    {"weight-number", style_key(kChar + "strong.weight", "400"), kInline, font_of("Gamma"),
     "NotoSerif-Bold.ttf", "NotoSerif-Regular.ttf"},
    {"style", style_key(kChar + "strong.style", "italic"), kInline, font_of("Gamma"), "NotoSerif-Bold.ttf",
     "NotoSerif-BoldItalic.ttf"},
    {"style-normal", style_key(kChar + "emphasis.style", "normal"), kInline, font_of("Beta"),
     "NotoSerif-Italic.ttf", "NotoSerif-Regular.ttf"},
    {"size-scale", style_key(kChar + "code.size-scale", "0.8"), kInline, size_of("Delta"), "10pt", "8pt"},
    {"size-scale-superscript", style_key(kChar + "superscript.size-scale", "0.5"), kInline, size_of("Eta"),
     "6.5pt", "5pt"},
    // In em of the surrounding 10pt text.
    {"baseline-shift", style_key(kChar + "superscript.baseline-shift", "0.5"), kInline, rise_of("Eta"),
     "up 3.8pt", "up 5pt"},
    {"baseline-shift-down", style_key(kChar + "subscript.baseline-shift", "-0.3em"), kInline,
     rise_of("Theta"), "up -1.5pt", "up -3pt"},
    {"color", style_key(kChar + "emphasis.color", R"("#1F4E9A")"), kInline, color_of("Beta"), "rgb(0,0,0)",
     "rgb(0.1216,0.3059,0.6039)"},
    {"color-cmyk", style_key(kChar + "strong.color", "cmyk(1, 0, 0, 0)"), kInline, color_of("Gamma"),
     "rgb(0,0,0)", "cmyk(1,0,0,0)"},
    {"link.color", style_key(kChar + "link.color", R"("#1F4E9A")"), kInline, color_of("Epsilon"),
     "rgb(0,0,0)", "rgb(0.1216,0.3059,0.6039)"},
    // Without underline-thickness and -offset, the font's post table: 0.5pt thick, 1pt below.
    {"underline", style_key(kChar + "emphasis.underline", "true"), kInline, underline_under("Beta"), "none",
     "0.5pt thick, 1pt below, rgb(0,0,0)"},
    {"underline-off", style_key(kChar + "link.underline", "false"), kInline, underline_under("Epsilon"),
     "0.5pt thick, 1pt below, rgb(0,0,0)", "none"},
    {"underline-thickness", style_key(kChar + "underline.underline-thickness", "1.5pt"), kInline,
     underline_under("Zeta"), "0.5pt thick, 1pt below, rgb(0,0,0)", "1.5pt thick, 1pt below, rgb(0,0,0)"},
    {"underline-offset", style_key(kChar + "underline.underline-offset", "3pt"), kInline,
     underline_under("Zeta"), "0.5pt thick, 1pt below, rgb(0,0,0)", "0.5pt thick, 3pt below, rgb(0,0,0)"},
    {"text-transform", style_key(kChar + "emphasis.text-transform", "uppercase"), kInline,
     region_line(0, "col1"), "Alpha plain Beta Gamma Delta", "Alpha plain BETA Gamma Delta"},
    // Small capitals are other glyphs of the same font.
    {"features", style_key(kChar + "emphasis.features", "[smcp]"), kInline, glyph_ids("Beta"), "37 72 87 68",
     "37 2176 2249 2152"},
    // With the feature, the font's own superior glyph at full size replaces the scaled-down digit.
    {"features-sups", style_key(kChar + "superscript.features", "[sups]"), kScripts, size_of("7"), "6.5pt",
     "10pt"},
    {"based-on", style_key(kChar + "emphasis.based-on", "mark"), kInline, color_of("Beta"), "rgb(0,0,0)",
     "rgb(0.651,0.098,0.1804)"},
};

[[maybe_unused]] const bool kRegistered = register_effects(kCharacterEffects);

class CharacterStyleEffect : public ::testing::TestWithParam<Effect> {};
TEST_P(CharacterStyleEffect, ChangesTheOutput) { check_effect(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Character, CharacterStyleEffect, ::testing::ValuesIn(kCharacterEffects), test_name);

}  // namespace
}  // namespace folio::pipeline::effects
