// The `table` and `footnotes` settings of a style sheet change the typeset output (issue 9):
// each rule, gap and space of a table, the minimum size of a table too wide for the page, and
// the rule and spaces above a column's footnotes.
#include <gtest/gtest.h>

#include "pipeline/style_effects_support.hpp"

namespace folio::pipeline::effects {
namespace {

// A paragraph, a table of two rows (Gamma, Delta), a paragraph.
const std::string kTable =
    "Alpha opens the issue.\n\n"
    "| Name | Value |\n|:---|---:|\n| Gamma | 1 |\n| Delta | 2 |\n\n"
    "Omega closes it.\n";
// Fourteen columns of long words: too wide for the page at any size down to min-size.
const std::string kTooWide = [] {
  std::string head = "|", delim = "|", row = "|";
  for (int c = 0; c < 14; ++c) {
    head += " H" + std::to_string(c) + " |";
    delim += "---|";
    row += " Sigmaword |";
  }
  return head + "\n" + delim + "\n" + row + "\n";
}();
// A note in one column of running text.
const std::string kNote = [] {
  std::string md = "Alpha has a marker[^a] in its first line.\n\n";
  for (int i = 0; i < 40; ++i) md += "Running text of the column, paragraph " + std::to_string(i) + ".\n\n";
  return md + "[^a]: Epsilon is the note.\n";
}();

const Change kOneColumn = layout_key("columns", "1");

// The rules in col1 of page 1, top to bottom: "thickness colour" each.
Probe rules() {
  return [](const frame::PagedDoc& d) {
    std::string out;
    for (const frame::Placed<frame::Rule>& r : frame::flatten(d.pages[0]).rules)
      if (r.region == "col1") out += (out.empty() ? "" : ", ") + pts(r->height) + " " + color_text(r->color);
    return out;
  };
}

// The footnote rule of page 1: its thickness and length.
Probe note_rule() {
  return [](const frame::PagedDoc& d) {
    for (const frame::Placed<frame::Rule>& r : frame::flatten(d.pages[0]).rules)
      if (r.region == "col1") return pts(r->height) + " x " + pts(r->width);
    return std::string("none");
  };
}

// The left edge of the line with `word`.
Probe x_of(const std::string& word) {
  return [word](const frame::PagedDoc& d) { return pts(line_with(d, word).at.x); };
}

// From the first rule of page 1's col1 down to the baseline of the line with `word`.
Probe below_first_rule(const std::string& word) {
  return [word](const frame::PagedDoc& d) {
    for (const frame::Placed<frame::Rule>& r : frame::flatten(d.pages[0]).rules)
      if (r.region == "col1") return pts(line_with(d, word).at.y - r.at.y);
    return std::string("none");
  };
}

// From the baseline of the line with `a` down to that of the line with `b`.
Probe between(const std::string& a, const std::string& b) {
  return [a, b](const frame::PagedDoc& d) { return pts(line_with(d, b).at.y - line_with(d, a).at.y); };
}

const std::string kTableKey = "table.";
const std::string kNotesKey = "footnotes.";

const std::vector<Effect> kTableEffects = {
    {"top-rule",
     style_key(kTableKey + "top-rule.thickness", "2pt"),
     kTable,
     rules(),
     "0.8pt rgb(0,0,0), 0.4pt rgb(0,0,0), 0.8pt rgb(0,0,0)",
     "2pt rgb(0,0,0), 0.4pt rgb(0,0,0), 0.8pt rgb(0,0,0)",
     {kOneColumn}},
    {"header-rule",
     style_key(kTableKey + "header-rule", "{thickness: 1pt, color: accent}"),
     kTable,
     rules(),
     "0.8pt rgb(0,0,0), 0.4pt rgb(0,0,0), 0.8pt rgb(0,0,0)",
     "0.8pt rgb(0,0,0), 1pt rgb(0.651,0.098,0.1804), 0.8pt rgb(0,0,0)",
     {kOneColumn}},
    {"bottom-rule",
     style_key(kTableKey + "bottom-rule.color", "accent"),
     kTable,
     rules(),
     "0.8pt rgb(0,0,0), 0.4pt rgb(0,0,0), 0.8pt rgb(0,0,0)",
     "0.8pt rgb(0,0,0), 0.4pt rgb(0,0,0), 0.8pt rgb(0.651,0.098,0.1804)",
     {kOneColumn}},
    // The Value column starts a gap after the Name column: 32pt more gap, shared out of a
    // narrower measure (Name keeps 57% of it), moves it 13.7pt.
    {"column-gap",
     style_key(kTableKey + "column-gap", "40pt"),
     kTable,
     x_of("Value"),
     "227.802pt",
     "241.508pt",
     {kOneColumn}},
    {"row-space",
     style_key(kTableKey + "row-space", "10pt"),
     kTable,
     between("Gamma", "Delta"),
     "13pt",
     "20pt",
     {kOneColumn}},
    {"rule-space",
     style_key(kTableKey + "rule-space", "8pt"),
     kTable,
     below_first_rule("Name"),
     "11.2pt",
     "16.2pt",
     {kOneColumn}},
    {"space-before",
     style_key(kTableKey + "space-before", "30pt"),
     kTable,
     between("Alpha", "Name"),
     "20.2pt",
     "44.2pt",
     {kOneColumn}},
    {"space-after",
     style_key(kTableKey + "space-after", "30pt"),
     kTable,
     between("Delta", "Omega"),
     "21.4pt",
     "45.4pt",
     {kOneColumn}},
    {"min-size", style_key(kTableKey + "min-size", "7pt"), kTooWide, size_of("H13"), "6pt", "7pt"},
};

const std::vector<Effect> kFootnoteEffects = {
    {"rule", style_key(kNotesKey + "rule.thickness", "1pt"), kNote, note_rule(), "0.4pt x 40pt",
     "1pt x 40pt"},
    {"rule-width", style_key(kNotesKey + "rule-width", "90pt"), kNote, note_rule(), "0.4pt x 40pt",
     "0.4pt x 90pt"},
    // More space above the notes leaves less room for the column's text.
    {"space-above", style_key(kNotesKey + "space-above", "40pt"), kNote, line_count(0, "col1"), "37 lines",
     "35 lines"},
    {"space-below", style_key(kNotesKey + "space-below", "12pt"), kNote, below_first_rule("Epsilon"),
     "10.8pt", "19.8pt"},
};

[[maybe_unused]] const bool kRegistered =
    register_effects(kTableEffects) && register_effects(kFootnoteEffects);

class TableEffect : public ::testing::TestWithParam<Effect> {};
TEST_P(TableEffect, ChangesTheOutput) { check_effect(GetParam()); }
INSTANTIATE_TEST_SUITE_P(Table, TableEffect, ::testing::ValuesIn(kTableEffects), test_name);
INSTANTIATE_TEST_SUITE_P(Footnotes, TableEffect, ::testing::ValuesIn(kFootnoteEffects), test_name);

}  // namespace
}  // namespace folio::pipeline::effects
