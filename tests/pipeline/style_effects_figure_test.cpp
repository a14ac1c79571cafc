// Figure settings change the output (issue 11): the style sheet's caption label and its character
// style, the caption paragraph style, and the layout's figure height limit, resolution threshold
// and spacing. The figures show the 64 x 48 pixel fixtures of tests/fixtures/images.
#include <gtest/gtest.h>

#include "pipeline/style_effects_support.hpp"

namespace folio::pipeline::effects {
namespace {

const std::string kFigure = "Alpha opens the text.\n\n![A red gradient chart](rgb.png)\n\nOmega closes it.\n";

// The warnings the render gives, as a probe (the pages themselves do not show them).
Probe warnings() {
  return [](const frame::PagedDoc&) { return last_warnings(); };
}

const std::vector<Effect> kFigureEffects = {
    {"captions.label", style_key("captions.label", "\"Figure {n}.\""), kFigure, line_text("gradient"),
     "A red gradient chart", "Figure 1. A red gradient chart"},
    {"captions.label-style", style_key("captions.label-style", "emphasis"), kFigure, font_of("Fig."),
     "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", {style_key("captions.label", "\"Fig. {n}\"")}},
    {"caption.color", style_key("paragraph-styles.caption.color", "\"#A6192E\""), kFigure, color_of("gradient"),
     "rgb(0,0,0)", "rgb(0.651,0.098,0.1804)"},
    {"caption.size", style_key("paragraph-styles.caption.size", "9pt"), kFigure, size_of("gradient"), "8pt",
     "9pt"},
    // 64 x 48 pixels across a 160pt column: 120pt high, unless the limit narrows it. Balanced,
    // the last page is lowest with both lines in the first column and the figure floated to the
    // top of the second.
    {"figures.max-height", layout_key("figures.max-height", "60pt"), kFigure, figure_box(),
     "x=210pt y=76pt 160pt x 120pt", "x=250pt y=76pt 80pt x 60pt"},
    // 64 pixels over 160pt (2.2in) are 28 ppi.
    {"figures.min-ppi", layout_key("figures.min-ppi", "20"), kFigure, warnings(),
     "8:1: image 'rgb.png' has 28 ppi at its printed size, below the layout's 150: it may print blurred; use "
     "a picture at least 334 pixels wide",
     "none"},
    // In one column (no balancing to move it), 340pt wide: 255pt high, narrowed to 200pt high. The
    // space above comes between "Alpha" and the picture.
    {"figures.space", layout_key("figures.space", "20pt"), kFigure, figure_box(),
     "x=66.667pt y=94pt 266.667pt x 200pt", "x=66.667pt y=108pt 266.667pt x 200pt", {layout_key("columns", "1")}},
    {"figures", layout_key("figures", "{max-height: 30pt}"), kFigure, figure_box(),
     "x=66.667pt y=94pt 266.667pt x 200pt", "x=180pt y=94pt 40pt x 30pt", {layout_key("columns", "1")}},
};

[[maybe_unused]] const bool kRegistered = register_effects(kFigureEffects);

class FigureEffect : public ::testing::TestWithParam<Effect> {};
TEST_P(FigureEffect, ChangesTheOutput) { check_effect(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Figures, FigureEffect, ::testing::ValuesIn(kFigureEffects), test_name);

}  // namespace
}  // namespace folio::pipeline::effects
