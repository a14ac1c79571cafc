// Properties whose effect is written as PDF operators or objects: the PDF is written with
// pdf::write_pdf and read back with PoDoFo (issue 4, part 6): fill colours (rg, and k for CMYK),
// font expansion (Tz), font sizes (Tf) and the embedded fonts.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "pipeline/style_effects_support.hpp"

namespace folio::pipeline::effects {
namespace {

const std::string kText =
    "Alpha opens the first paragraph with enough words to fill several lines of a narrow column, so "
    "that `Delta` and the lines show.\n";
// A paragraph whose justified lines differ enough for glyph scaling to show.
const std::string kLong =
    "Beta scientists measured particles, described elements, tested samples, compared results, recorded "
    "findings, analysed patterns, published journals, reviewed manuscripts and organized workshops "
    "worldwide. Gamma researchers presented remarkable discoveries concerning sustainable agriculture, "
    "renewable electricity, interplanetary navigation, biodiversity conservation and atmospheric "
    "chemistry during conferences.\n";

// Every distinct match of `pattern` in page 1's content stream, in order of first appearance.
Probe operators(const std::string& pattern) {
  return [pattern](const frame::PagedDoc& d) {
    const std::string content = pdf_content(d, 0);
    const std::regex re(pattern);
    std::vector<std::string> seen;
    for (auto it = std::sregex_iterator(content.begin(), content.end(), re); it != std::sregex_iterator();
         ++it)
      if (std::find(seen.begin(), seen.end(), it->str()) == seen.end()) seen.push_back(it->str());
    std::string out;
    for (const std::string& s : seen) out += (out.empty() ? "" : " | ") + s;
    return out.empty() ? std::string("none") : out;
  };
}
const std::string kFill = R"([0-9. ]+ (rg|k)\b)";
const std::string kTz = R"([0-9.]+ Tz)";
const std::string kTf = R"(/F[0-9]+ [0-9.]+ Tf)";

Probe embedded_fonts() {
  return [](const frame::PagedDoc& d) {
    std::string out;
    for (const std::string& name : pdf_font_names(d)) out += (out.empty() ? "" : " ") + name;
    return out;
  };
}

const std::string kBody = "paragraph-styles.body.";

const std::vector<Effect> kPdfEffects = {
    // The band is filled first (brand red), then the text.
    {"color", style_key(kBody + "color", R"("#1F4E9A")"), kText, operators(kFill),
     "0.651 0.098 0.18 rg | 0 0 0 rg", "0.651 0.098 0.18 rg | 0 0 0 rg | 0.122 0.306 0.604 rg"},
    {"color-cmyk", style_key(kBody + "color", "cmyk(0, 0.5, 1, 0.1)"), kText, operators(kFill),
     "0.651 0.098 0.18 rg | 0 0 0 rg", "0.651 0.098 0.18 rg | 0 0 0 rg | 0 0.5 1 0.1 k"},
    {"character.color-cmyk", style_key("character-styles.code.color", "cmyk(1, 0, 0, 0)"), kText,
     operators(kFill), "0.651 0.098 0.18 rg | 0 0 0 rg", "0.651 0.098 0.18 rg | 0 0 0 rg | 1 0 0 0 k"},
    {"band-color-cmyk", layout_key("masthead.band-color", "cmyk(0, 1, 1, 0)"), kText, operators(kFill),
     "0.651 0.098 0.18 rg | 0 0 0 rg", "0 1 1 0 k | 0 0 0 rg"},
    // Each justified line's glyphs scaled by up to 3%.
    {"expansion",
     style_key("breaking.expansion", "0.03"),
     kLong,
     operators(kTz),
     "none",
     "101.38 Tz | 99.935 Tz | 97 Tz | 101.875 Tz | 97.446 Tz | 100 Tz",
     {layout_key("columns", "1")}},
    // Fonts F2 (serif) and F3 (mono, the code) are body text.
    {"size", style_key(kBody + "size", "12pt"), kText, operators(kTf),
     "/F0 20 Tf | /F1 10 Tf | /F2 10 Tf | /F3 10 Tf | /F1 8 Tf",
     "/F0 20 Tf | /F1 10 Tf | /F2 12 Tf | /F3 12 Tf | /F1 8 Tf"},
    {"family", style_key(kBody + "family", "Noto Sans"), kText, embedded_fonts(),
     "NotoSans-Regular NotoSansMono-Regular NotoSerif-Bold NotoSerif-Regular",
     "NotoSans-Regular NotoSansMono-Regular NotoSerif-Bold"},
    {"character.family", style_key("character-styles.code.family", "Noto Serif"), kText, embedded_fonts(),
     "NotoSans-Regular NotoSansMono-Regular NotoSerif-Bold NotoSerif-Regular",
     "NotoSans-Regular NotoSerif-Bold NotoSerif-Regular"},
};

[[maybe_unused]] const bool kRegistered = register_effects(kPdfEffects);

class PdfEffect : public ::testing::TestWithParam<Effect> {};
TEST_P(PdfEffect, ChangesThePdf) { check_effect(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Pdf, PdfEffect, ::testing::ValuesIn(kPdfEffects), test_name);

}  // namespace
}  // namespace folio::pipeline::effects
