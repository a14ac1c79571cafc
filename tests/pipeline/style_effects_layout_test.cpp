// Every page-layout property changes the typeset pages (issue 4, part 6), in the order of
// docs/styles.md: page size, margins, columns, gutter, column rule, baseline grid, masthead,
// footer and header slots, and the template variables and filters.
#include <gtest/gtest.h>

#include <set>

#include "pipeline/style_effects_support.hpp"

namespace folio::pipeline::effects {
namespace {

const std::string kShort =
    "Alpha opens the first paragraph with enough words to fill several lines of a narrow column, so "
    "that the columns have something to share.\n";

// Sections of paragraphs that fill more than one page of the base layout.
std::string long_issue(int sections) {
  const std::string sentence =
      "Researchers from several institutes reported measurable progress on cooperative projects in "
      "materials science, space technology and environmental monitoring. ";
  std::string md;
  for (int s = 0; s < sections; ++s) {
    md += "# Section " + std::string(1, static_cast<char>('A' + s)) + "\n\n";
    for (int p = 0; p < 3; ++p) {
      for (int k = 0; k < 2 + (s + p) % 3; ++k) md += sentence;
      md += "\n\n";
    }
  }
  return md;
}
const std::string kTwoPages = long_issue(2);  // two pages of the base layout

// A heading 29pt high between two paragraphs: off any 12pt or 14pt grid unless one is set.
const std::string kGridDoc =
    "Alpha opens the first paragraph with enough words to fill several lines of a narrow column.\n\n"
    "## Heading Here\n\n"
    "Omega opens the second paragraph, which follows the heading and runs over a few lines.\n";

Probe first_line_box(int page, const std::string& region) {
  return [page, region](const frame::PagedDoc& d) {
    const std::vector<Line> lines = region_lines(d, page, region);
    if (lines.empty()) return std::string("none");
    return "x=" + pts(lines[0].at.x) + " w=" + pts(lines[0]->measure) + " baseline=" + pts(lines[0].at.y);
  };
}

// The body columns used on a page and their measure: "col1 col2 (160pt)".
Probe columns_used(int page) {
  return [page](const frame::PagedDoc& d) {
    std::set<std::string> regions;
    Sp width = 0;
    for (const Line& l : frame::flatten(d.pages.at(static_cast<std::size_t>(page))).lines)
      if (l.region.rfind("col", 0) == 0) regions.insert(std::string(l.region)), width = l->measure;
    std::string out;
    for (const std::string& r : regions) out += r + " ";
    return out + "(" + pts(width) + ")";
  };
}

// How many different offsets the body lines of page 1 have on a grid of `step` from the top
// margin: 1 when every line sits on the grid.
Probe grid_offsets(double step) {
  return [step](const frame::PagedDoc& d) {
    std::set<Sp> offsets;
    for (const Line& l : frame::flatten(d.pages[0]).lines)
      if (l->style == "body" || l->style == "body-first") offsets.insert(l.at.y % pt(step));
    return std::to_string(offsets.size()) + (offsets.size() == 1 ? " offset" : " offsets");
  };
}

using Rule = frame::Placed<frame::Rule>;

std::string rule_text(const Rule& r) {
  return "x=" + pts(r.at.x) + " y=" + pts(r.at.y) + " w=" + pts(r->width) + " h=" + pts(r->height) + " " +
         color_text(r->color);
}

// The rules of a page whose box passes `keep`, or "none".
Probe rules(int page, std::function<bool(const frame::PagedDoc&, const Rule&)> keep) {
  return [page, keep](const frame::PagedDoc& d) {
    std::string out;
    if (page >= static_cast<int>(d.pages.size())) return std::string("no page");
    for (const Rule& r : frame::flatten(d.pages[static_cast<std::size_t>(page)]).rules)
      if (keep(d, r)) out += (out.empty() ? "" : "; ") + rule_text(r);
    return out.empty() ? std::string("none") : out;
  };
}
// The masthead band: a rule at the page's top-left corner.
Probe band() {
  return rules(0, [](const frame::PagedDoc&, const Rule& r) { return r.at == frame::Point{0, 0}; });
}
// Rules across the text width (masthead rule, footer and header rules).
Probe full_width_rules(int page) {
  return rules(page, [](const frame::PagedDoc& d, const Rule& r) {
    return r.at.x > 0 && r->width > d.width / 2 && r->height < pt(5);
  });
}
// Vertical rules (column rules).
Probe vertical_rules(int page) {
  return rules(page, [](const frame::PagedDoc&, const Rule& r) { return r->height > r->width * 4; });
}

Probe font_and_size(const std::string& word) {
  return [word](const frame::PagedDoc& d) {
    const Run r = run_with(d, word);
    return font_file(d, *r) + " " + pts(r->size);
  };
}

const std::vector<Effect> kPageEffects = {
    {"page.size", layout_key("page", "{size: A5}"), kShort, page_size(), "400pt x 600pt",
     "419.528pt x 595.276pt"},
    {"page.size-Letter", layout_key("page", "{size: Letter}"), kShort, page_size(), "400pt x 600pt",
     "612pt x 792pt"},
    {"page-shorthand", layout_key("page", "A4"), kShort, page_size(), "400pt x 600pt",
     "595.276pt x 841.89pt"},
    {"page.width", layout_key("page.width", "420pt"), kShort, page_size(), "400pt x 600pt", "420pt x 600pt"},
    // The columns share the extra width.
    {"page.width-columns", layout_key("page.width", "420pt"), kShort, first_line_box(0, "col1"),
     "x=30pt w=160pt baseline=85pt", "x=30pt w=170pt baseline=85pt"},
    {"page.height", layout_key("page.height", "650pt"), kShort, page_size(), "400pt x 600pt",
     "400pt x 650pt"},
    // The footer keeps its distance from the bottom edge.
    {"page.height-footer", layout_key("page.height", "650pt"), kShort, first_line_box(0, "footer"),
     "x=30pt w=340pt baseline=580pt", "x=30pt w=340pt baseline=630pt"},
    {"margins.top", layout_key("margins.top", "60pt"), kShort, first_line_box(0, "masthead"),
     "x=30pt w=340pt baseline=58pt", "x=30pt w=340pt baseline=78pt"},
    {"margins.right", layout_key("margins.right", "50pt"), kShort, first_line_box(0, "col2"),
     "x=210pt w=160pt baseline=85pt", "x=200pt w=150pt baseline=85pt"},
    {"margins.bottom", layout_key("margins.bottom", "100pt"), kTwoPages, line_count(0, "col1"), "35 lines",
     "31 lines"},
    {"margins.left", layout_key("margins.left", "50pt"), kShort, first_line_box(0, "col1"),
     "x=30pt w=160pt baseline=85pt", "x=50pt w=150pt baseline=85pt"},
    {"margins-all", layout_key("margins", "20pt"), kShort, first_line_box(0, "col1"),
     "x=30pt w=160pt baseline=85pt", "x=20pt w=170pt baseline=65pt"},
    {"columns", layout_key("columns", "3"), kTwoPages, columns_used(0), "col1 col2 (160pt)",
     "col1 col2 col3 (100pt)"},
    {"gutter", layout_key("gutter", "30pt"), kShort, first_line_box(0, "col2"),
     "x=210pt w=160pt baseline=85pt", "x=215pt w=155pt baseline=85pt"},
    // In the middle of the 20pt gutter between x=190pt and x=210pt.
    {"column-rule", layout_key("column-rule", "{thickness: 0.5pt, color: grey}"), kShort, vertical_rules(0),
     "none", "x=199.75pt y=76pt w=0.5pt h=24pt rgb(0.549,0.549,0.549)"},
    {"column-rule.thickness",
     layout_key("column-rule.thickness", "2pt"),
     kShort,
     vertical_rules(0),
     "x=199.75pt y=76pt w=0.5pt h=24pt rgb(0.549,0.549,0.549)",
     "x=199pt y=76pt w=2pt h=24pt rgb(0.549,0.549,0.549)",
     {layout_key("column-rule", "{thickness: 0.5pt, color: grey}")}},
    {"column-rule.color",
     layout_key("column-rule.color", R"("#1F4E9A")"),
     kShort,
     vertical_rules(0),
     "x=199.75pt y=76pt w=0.5pt h=24pt rgb(0.549,0.549,0.549)",
     "x=199.75pt y=76pt w=0.5pt h=24pt rgb(0.1216,0.3059,0.6039)",
     {layout_key("column-rule", "{thickness: 0.5pt, color: grey}")}},
    {"baseline-grid", layout_key("baseline-grid", "14pt"), kGridDoc, grid_offsets(14), "6 offsets",
     "1 offset"},
    // auto: the body leading, 12pt.
    {"baseline-grid-auto", layout_key("baseline-grid", "auto"), kGridDoc, grid_offsets(12), "2 offsets",
     "1 offset"},
    {"baseline-grid-off",
     layout_key("baseline-grid", "off"),
     kGridDoc,
     grid_offsets(12),
     "1 offset",
     "2 offsets",
     {layout_key("baseline-grid", "auto")}},
    // A colour token of the layout, used by the column rule.
    {"colors",
     layout_key("colors.grey", R"("#1F4E9A")"),
     kShort,
     vertical_rules(0),
     "x=199.75pt y=76pt w=0.5pt h=24pt rgb(0.549,0.549,0.549)",
     "x=199.75pt y=76pt w=0.5pt h=24pt rgb(0.1216,0.3059,0.6039)",
     {layout_key("column-rule", "{thickness: 0.5pt, color: grey}")}},
};

const std::string kMast = "masthead.";
const std::vector<Effect> kMastheadEffects = {
    {"band-height", layout_key(kMast + "band-height", "25pt"), kShort, band(),
     "x=0pt y=0pt w=400pt h=10pt rgb(0.651,0.098,0.1804)",
     "x=0pt y=0pt w=400pt h=25pt rgb(0.651,0.098,0.1804)"},
    {"band-color", layout_key(kMast + "band-color", R"("#1F4E9A")"), kShort, band(),
     "x=0pt y=0pt w=400pt h=10pt rgb(0.651,0.098,0.1804)",
     "x=0pt y=0pt w=400pt h=10pt rgb(0.1216,0.3059,0.6039)"},
    {"band-color-cmyk", layout_key(kMast + "band-color", "cmyk(0, 1, 1, 0)"), kShort, band(),
     "x=0pt y=0pt w=400pt h=10pt rgb(0.651,0.098,0.1804)", "x=0pt y=0pt w=400pt h=10pt cmyk(0,1,1,0)"},
    {"rule-below", layout_key(kMast + "rule-below", R"({thickness: 1pt, color: "#1F4E9A"})"), kShort,
     full_width_rules(0), "none", "x=30pt y=82pt w=340pt h=1pt rgb(0.1216,0.3059,0.6039)"},
    {"space-after", layout_key(kMast + "space-after", "20pt"), kShort, first_line_box(0, "col1"),
     "x=30pt w=160pt baseline=85pt", "x=30pt w=160pt baseline=105pt"},
    {"contents", layout_key(kMast + "contents", "false"), kTwoPages, region_line(0, "contents"),
     "In this issue", "none"},
    {"contents-title", layout_key(kMast + "contents-title", "Inside"), kTwoPages, region_line(0, "contents"),
     "In this issue", "Inside"},
};

// The header is drawn from page 2 on (page 1 has the masthead), 20pt below the top edge here.
const Change kHeaderBaseline = layout_key("header.baseline", "20pt");
const std::vector<Effect> kFurnitureEffects = {
    {"footer.left", layout_key("footer.left", R"("{publication}")"), kShort, furniture(0, "footer"),
     "1 (flush right)", "Test Review (flush left) | 1 (flush right)"},
    {"footer.center", layout_key("footer.center", R"("{issue}")"), kShort, furniture(0, "footer"),
     "1 (flush right)", "June 2025 (centred) | 1 (flush right)"},
    {"footer.right", layout_key("footer.right", R"("{issue}   {page}")"), kShort, furniture(0, "footer"),
     "1 (flush right)", "June 2025   1 (flush right)"},
    {"footer.baseline", layout_key("footer.baseline", "30pt"), kShort, first_line_box(0, "footer"),
     "x=30pt w=340pt baseline=580pt", "x=30pt w=340pt baseline=570pt"},
    // One footer leading (10pt) above the footer's baseline.
    {"footer.rule", layout_key("footer.rule", "{thickness: 0.4pt, color: grey}"), kShort, full_width_rules(0),
     "none", "x=30pt y=570pt w=340pt h=0.4pt rgb(0.549,0.549,0.549)"},
    {"footer.style",
     layout_key("footer.style", "h2"),
     kShort,
     font_and_size("TESTREVIEW"),
     "NotoSans-Regular.ttf 8pt",
     "NotoSans-Bold.ttf 12pt",
     {layout_key("footer.right", R"("{publication|upper}")")}},
    {"header.left",
     layout_key("header.left", R"("{publication}")"),
     kTwoPages,
     furniture(1, "header"),
     "none",
     "Test Review (flush left)",
     {kHeaderBaseline}},
    {"header.center",
     layout_key("header.center", R"("{issue}")"),
     kTwoPages,
     furniture(1, "header"),
     "none",
     "June 2025 (centred)",
     {kHeaderBaseline}},
    {"header.right",
     layout_key("header.right", R"("{page}")"),
     kTwoPages,
     furniture(1, "header"),
     "none",
     "2 (flush right)",
     {kHeaderBaseline}},
    {"header.baseline",
     layout_key("header.baseline", "30pt"),
     kTwoPages,
     first_line_box(1, "header"),
     "x=30pt w=340pt baseline=20pt",
     "x=30pt w=340pt baseline=30pt",
     {layout_key("header.right", R"("{page}")"), kHeaderBaseline}},
    // Half a footer leading below the header's baseline.
    {"header.rule",
     layout_key("header.rule", "{thickness: 0.4pt, color: grey}"),
     kTwoPages,
     full_width_rules(1),
     "none",
     "x=30pt y=25pt w=340pt h=0.4pt rgb(0.549,0.549,0.549)",
     {layout_key("header.right", R"("{page}")"), kHeaderBaseline}},
    {"header.style",
     layout_key("header.style", "h2"),
     kTwoPages,
     font_and_size("TESTREVIEW"),
     "NotoSans-Regular.ttf 8pt",
     "NotoSans-Bold.ttf 12pt",
     {layout_key("header.right", R"("{publication|upper}")"), kHeaderBaseline}},
};

// Templates: footer.right is "{page}" in the base layout; the issue has two pages.
const std::string kRight = "footer.right";
const std::vector<Effect> kTemplateEffects = {
    {"publication", layout_key(kRight, R"("{publication}")"), kTwoPages, region_line(0, "footer"), "1",
     "Test Review"},
    {"issue", layout_key(kRight, R"("{issue}")"), kTwoPages, region_line(0, "footer"), "1", "June 2025"},
    {"page",
     layout_key(kRight, R"("{page}")"),
     kTwoPages,
     region_line(1, "footer"),
     "June 2025",
     "2",
     {layout_key(kRight, R"("{issue}")")}},
    {"pages", layout_key(kRight, R"("{pages}")"), kTwoPages, region_line(0, "footer"), "1", "2"},
    {"upper", layout_key(kRight, R"("{issue|upper}")"), kTwoPages, region_line(0, "footer"), "1",
     "JUNE 2025"},
    {"lower", layout_key(kRight, R"("{publication|lower}")"), kTwoPages, region_line(0, "footer"), "1",
     "test review"},
    {"chained-filters", layout_key(kRight, R"("{issue|upper|lower}")"), kTwoPages, region_line(0, "footer"),
     "1", "june 2025"},
    {"literal-braces", layout_key(kRight, R"("{{page}} {page}")"), kTwoPages, region_line(0, "footer"), "1",
     "{page} 1"},
};

[[maybe_unused]] const bool kRegistered =
    register_effects(kPageEffects) && register_effects(kMastheadEffects) &&
    register_effects(kFurnitureEffects) && register_effects(kTemplateEffects);

class LayoutEffect : public ::testing::TestWithParam<Effect> {};
TEST_P(LayoutEffect, ChangesTheOutput) { check_effect(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Page, LayoutEffect, ::testing::ValuesIn(kPageEffects), test_name);
INSTANTIATE_TEST_SUITE_P(Masthead, LayoutEffect, ::testing::ValuesIn(kMastheadEffects), test_name);
INSTANTIATE_TEST_SUITE_P(Furniture, LayoutEffect, ::testing::ValuesIn(kFurnitureEffects), test_name);
INSTANTIATE_TEST_SUITE_P(Template, LayoutEffect, ::testing::ValuesIn(kTemplateEffects), test_name);

}  // namespace
}  // namespace folio::pipeline::effects
