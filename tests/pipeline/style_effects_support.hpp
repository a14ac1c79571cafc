// Shared machinery of the style-effect tests (issue 4, part 6): every property of a style sheet
// or page layout is changed once, from a small base file, and the typeset pages must differ in
// the right place. A row of a table names the property, the YAML key and new value, a small
// issue, a probe that measures one thing on the pages, and what the probe reads before and after.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "frame/flatten.hpp"
#include "frame/paged_doc.hpp"

namespace folio::pipeline::effects {

enum class Target { Style, Layout };

// One edit of a YAML file: `key` is a dotted path ("paragraph-styles.body.size"); `value` is YAML
// ("12pt", "\"#1F4E9A\"", "{thickness: 1pt}", "[smcp]"); quote templates: "\"{page}\"".
struct Change {
  Target target = Target::Style;
  std::string key;
  std::string value;
};
inline Change style_key(std::string key, std::string value) {
  return {Target::Style, std::move(key), std::move(value)};
}
inline Change layout_key(std::string key, std::string value) {
  return {Target::Layout, std::move(key), std::move(value)};
}

// Measures one thing on the typeset pages, as text ("10pt", "NotoSans-Regular.ttf").
using Probe = std::function<std::string(const frame::PagedDoc&)>;

struct Effect {
  std::string name;  // the test's name: the property as docs/styles.md spells it
  Change change;
  std::string markdown;  // the body; the front matter is added
  Probe probe;
  std::string before, after;  // what the probe reads on the base files and with the change
  std::vector<Change> setup;  // applied to both sides first

  Effect(std::string name_, Change change_, std::string markdown_, Probe probe_, std::string before_,
         std::string after_, std::vector<Change> setup_ = {})
      : name(std::move(name_)),
        change(std::move(change_)),
        markdown(std::move(markdown_)),
        probe(std::move(probe_)),
        before(std::move(before_)),
        after(std::move(after_)),
        setup(std::move(setup_)) {}
};

// gtest prints a failing row by its name, not its bytes.
inline void PrintTo(const Effect& e, std::ostream* os) { *os << e.name; }

// The base files every row starts from (style_effects_base.cpp): small, explicit values,
// no baseline grid, two 160pt columns on a 400 x 600pt page.
extern const char* const kBaseStyle;
extern const char* const kBaseLayout;
inline const std::string kFrontMatter = "---\npublication: Test Review\nissue: June 2025\n---\n\n";

// The YAML text with one change applied (yaml-cpp edits the tree and emits it again).
std::string edit_yaml(const std::string& yaml, const std::string& key, const std::string& value);

// Typesets kFrontMatter + markdown with the base files after `changes`. Figures name the images
// of tests/fixtures/images (`![A chart](rgb.png)`).
frame::PagedDoc typeset_with(const std::vector<Change>& changes, const std::string& markdown);
// The warnings of the last typeset_with, each "line:col: message", joined by " | "; "none".
std::string last_warnings();

// Every row of every table, for the coverage test; a table file registers its tables with
// `[[maybe_unused]] const bool kRegistered = register_effects(kTable);`.
std::vector<const Effect*>& all_effects();
bool register_effects(const std::vector<Effect>& rows);

// Runs a row both ways and compares the probe with the row's expectations.
void check_effect(const Effect& e);

// A test name from a property name: "body.first-indent" -> "body_first_indent".
std::string test_name(const ::testing::TestParamInfo<Effect>& info);

// ---- What probes measure ----

std::string pts(Sp v);                   // "12.5pt", at most 3 decimals
std::string color_text(const Color& c);  // "rgb(0.651,0.098,0.18)", "cmyk(0,0.5,1,0.1)"

// Items as the probes read them: with their place on the page (frame::flatten), pointing into
// the PagedDoc, so they live as long as it.
using Run = frame::Placed<frame::GlyphRun>;
using Line = frame::Placed<frame::LineInfo>;

// The first glyph run on any page whose glyphs' text contains `word`; fails the test when none.
Run run_with(const frame::PagedDoc& doc, const std::string& word);
std::string run_text(const frame::GlyphRun& run);
// The file name of a run's font ("NotoSerif-Bold.ttf").
std::string font_file(const frame::PagedDoc& doc, const frame::GlyphRun& run);
// The first line (any page) whose text contains `word`, or the line `next` lines after it (before
// it when negative) in the same region of the same page; its page in `page` when not null.
Line line_with(const frame::PagedDoc& doc, const std::string& word, int* page = nullptr, int next = 0);
// Every line of a region on one page, top to bottom.
std::vector<Line> region_lines(const frame::PagedDoc& doc, int page, const std::string& region);
// Where the ink of a line starts and ends: from its first run's pen position to the end of the
// last glyph advance of its last run, relative to the line's measure (x .. x + measure).
struct Extent {
  Sp left = 0, right = 0;  // gaps: left from x, right from x + measure
};
Extent extent_of(const frame::PagedDoc& doc, int page, const Line& line);
Extent line_extent(const frame::PagedDoc& doc, const std::string& word, int next = 0);
// "flush left and right", "flush left", "flush right", "centred" or "ragged (Lpt, Rpt)".
std::string alignment(const Extent& e);

// ---- Probes (style_effects_probes.cpp) ----

Probe font_of(const std::string& word);        // the run's font file
Probe size_of(const std::string& word);        // the run's size
Probe color_of(const std::string& word);       // the run's colour
Probe rise_of(const std::string& word);        // "up 3.8pt": the run's baseline above its line's
Probe first_advance(const std::string& word);  // the pen advance of the run's first glyph
Probe glyph_ids(const std::string& word);      // the glyph ids that draw `word` in its run
Probe baseline_of(const std::string& word);    // the line's baseline, from the page top
// Baseline to baseline between the line with `word` and the one `next` lines below (above, when
// negative) in its region: the lower one's minus the upper one's.
Probe baseline_gap(const std::string& word, int next);
Probe left_gap(const std::string& word, int next = 0);
Probe right_gap(const std::string& word, int next = 0);
Probe aligned(const std::string& word, int next = 0);  // alignment(line_extent(...))
Probe line_text(const std::string& word);              // the text of the line with `word`
// The text of line `index` (from 0) of a region of a page, top to bottom.
Probe region_line(int page, const std::string& region, int index = 0);
Probe place_of(const std::string& word);                // "page 1 col2"
Probe line_count(int page, const std::string& region);  // "5 lines"
// The last word of every line of the paragraph whose first line has `word`: its breaks.
Probe line_ends(const std::string& word);
Probe hyphenated_words();  // the last words of hyphenated lines ("inter-"), or "none"
Probe ligatures();         // the text of every glyph that stands for several characters
// The underline rules under `word`: "0.5pt thick, 1.2pt below, rgb(0,0,0)", or "none".
Probe underline_under(const std::string& word);
Probe page_size();  // "400pt x 600pt"
// The lines of a region of a page, "text (alignment)" each, joined by " | "; "none".
Probe furniture(int page, const std::string& region);
// The first figure's picture: "x=..pt y=..pt 160pt x 120pt" on its page (x, y: its top-left corner).
Probe figure_box();

// The PDF of the pages (pdf::write_pdf), page `page`'s content stream uncompressed.
std::string pdf_content(const frame::PagedDoc& doc, int page);
// The /BaseFont names of the fonts the PDF embeds, sorted, without the subset prefix.
std::vector<std::string> pdf_font_names(const frame::PagedDoc& doc);

}  // namespace folio::pipeline::effects
