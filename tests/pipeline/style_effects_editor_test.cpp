// The style properties of what editors write beyond prose (issue 10): strikethrough, code
// blocks set off by a tint, a rule and padding, the limit that sets loose lines ragged, and which
// heading levels the contents lists.
#include <gtest/gtest.h>

#include "pipeline/style_effects_support.hpp"

namespace folio::pipeline::effects {
namespace {

const std::string kStruck = "Alpha plain ~~Beta~~ *Gamma* end.\n";
const std::string kCode = "Alpha before the code.\n\n```\ncode_block_line()\n```\n\nOmega after it.\n";
// A narrow measure (the body's right indent) leaves a line of "Alpha" that only stretched spaces
// could fill.
const std::string kLoose =
    "Alpha opens the first paragraph with enough words to fill several lines of a narrow column, so "
    "that alignment and indents show on every line of it.\n";
const std::string kHeadings =
    "# Section One\n\nAlpha text.\n\n## Subsection Two\n\nOmega text.\n\n### Deeper Three\n\nMore text.\n";

// Rules that cross `word`'s run above its baseline (a strikethrough), as "T thick, H above".
Probe rule_through(const std::string& word) {
  return [word](const frame::PagedDoc& d) {
    const Run r = run_with(d, word);
    std::string out;
    for (const frame::Frame& page : d.pages)
      for (const frame::Placed<frame::Rule>& u : frame::flatten(page).rules)
        if (u.at.y < r.at.y && u.at.y > r.at.y - r->size && u.at.x <= r.at.x && u.at.x + u->width > r.at.x)
          out += (out.empty() ? "" : "; ") + pts(u->height) + " thick, " + pts(r.at.y - u.at.y) + " above";
    return out.empty() ? std::string("none") : out;
  };
}

// Rules behind or beside `word`'s line that reach over its baseline (a code block's tint and left
// rule), as "W wide at dx, COLOUR" (dx from the run's start).
Probe rules_around(const std::string& word) {
  return [word](const frame::PagedDoc& d) {
    const Run r = run_with(d, word);
    std::string out;
    for (const frame::Frame& page : d.pages)
      for (const frame::Placed<frame::Rule>& u : frame::flatten(page).rules)
        if (u.at.y <= r.at.y && u.at.y + u->height >= r.at.y && u->height > r->size)
          out += (out.empty() ? "" : "; ") + pts(u->width) + " wide at " + pts(u.at.x - r.at.x) + ", " +
                 color_text(u->color);
    return out.empty() ? std::string("none") : out;
  };
}

// Lines set ragged inside a justified paragraph: not its last, yet not stretched to the measure.
Probe ragged_lines() {
  return [](const frame::PagedDoc& d) {
    int n = 0;
    for (const frame::Frame& page : d.pages)
      for (const Line& l : frame::flatten(page).lines)
        if (l->style == "body-first" && !l->last_of_paragraph && l->ratio == 0) ++n;
    return std::to_string(n) + " ragged";
  };
}

const std::vector<Effect> kEditorEffects = {
    {"strikethrough", style_key("character-styles.emphasis.strikethrough", "true"), kStruck, rule_through("Gamma"),
     "none", "0.5pt thick, 2.93pt above"},
    {"code-block.background", style_key("paragraph-styles.code-block.background", R"("#1F4E9A")"), kCode,
     rules_around("code_block"), "none", "160pt wide at 0pt, rgb(0.1216,0.3059,0.6039)"},
    {"code-block.left-rule", style_key("paragraph-styles.code-block.left-rule", R"({thickness: 2pt, color: "#1F4E9A"})"),
     kCode, rules_around("code_block"), "none", "2pt wide at 0pt, rgb(0.1216,0.3059,0.6039)"},
    {"code-block.padding", style_key("paragraph-styles.code-block.padding", "6pt"), kCode, left_gap("code_block"),
     "0pt", "6pt"},
    {"max-space-stretch", style_key("breaking.max-space-stretch", "10"), kLoose, ragged_lines(), "3 ragged",
     "0 ragged", {style_key("paragraph-styles.body.right-indent", "20pt")}},
    {"contents-level", layout_key("masthead.contents-level", "2"), kHeadings, region_line(0, "contents", 1),
     "Section One 1", "Subsection Two 1"},
    {"contents-level-auto", layout_key("masthead.contents-level", "auto"), kHeadings,
     region_line(0, "contents", 1), "Section One 1", "Subsection Two 1"},
    {"contents-depth", layout_key("masthead.contents-depth", "2"), kHeadings, region_line(0, "contents", 2), "none",
     "Subsection Two 1"},
};

class EditorStyleEffect : public ::testing::TestWithParam<Effect> {};
TEST_P(EditorStyleEffect, ChangesTheOutput) { check_effect(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Editor, EditorStyleEffect, ::testing::ValuesIn(kEditorEffects), test_name);

[[maybe_unused]] const bool kRegistered = register_effects(kEditorEffects);

}  // namespace
}  // namespace folio::pipeline::effects
