// Shared machinery of the style-effect tests (issue 4, part 6): every property of a style sheet
// or page layout is changed once, from a small base file, and the typeset pages must differ in
// the right place. A row of a table names the property, the YAML key and new value, a small
// issue, a probe that measures one thing on the pages, and what the probe reads before and after.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "frame/frame.hpp"

namespace folio::pipeline::effects {

enum class Target { Style, Layout };

// One edit of a YAML file: `key` is a dotted path ("paragraph-styles.body.size"); `value` is YAML
// ("12pt", "\"#1F4E9A\"", "{thickness: 1pt}", "[smcp]"), or kDelete to remove the key.
struct Change {
  Target target = Target::Style;
  std::string key;
  std::string value;
};
inline const std::string kDelete = "<delete>";
inline Change style_key(std::string key, std::string value) { return {Target::Style, std::move(key), std::move(value)}; }
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
  std::string bug;            // not empty: a known bug; the test is skipped while it shows
  std::vector<Change> setup = {};  // applied to both sides first
};

// The base files every row starts from (see style_effects_support.cpp): small, explicit values,
// no baseline grid, two 160pt columns on a 400 x 600pt page.
extern const char* const kBaseStyle;
extern const char* const kBaseLayout;
inline const std::string kFrontMatter = "---\npublication: Test Review\nissue: June 2025\n---\n\n";

// The YAML text with one change applied (yaml-cpp edits the tree and emits it again).
std::string edit_yaml(const std::string& yaml, const std::string& key, const std::string& value);

// Typesets kFrontMatter + markdown with the base files after `changes`.
frame::PagedDoc typeset_with(const std::vector<Change>& changes, const std::string& markdown);

// Runs a row both ways and compares the probe with the row's expectations; skips a row whose
// bug still shows (the change has no effect).
void check_effect(const Effect& e);

// A test name from a property name: "body.first-indent" -> "body_first_indent".
std::string test_name(const ::testing::TestParamInfo<Effect>& info);

// ---- What probes measure ----

std::string pts(Sp v);  // "12.5pt", at most 3 decimals
std::string color_text(const Color& c);  // "rgb(0.651,0.098,0.18)", "cmyk(0,0.5,1,0.1)"

// The first glyph run on any page whose glyphs' text contains `word`; fails the test when none.
const frame::GlyphRun& run_with(const frame::PagedDoc& doc, const std::string& word);
std::string run_text(const frame::GlyphRun& run);
// The file name of a run's font ("NotoSerif-Bold.ttf").
std::string font_file(const frame::PagedDoc& doc, const frame::GlyphRun& run);
// The first line (any page) whose text contains `word`; its page in `page` when not null.
const frame::LineInfo& line_with(const frame::PagedDoc& doc, const std::string& word, int* page = nullptr);
// Every line of a region on one page, top to bottom.
std::vector<frame::LineInfo> region_lines(const frame::PagedDoc& doc, int page, const std::string& region);
// Where the ink of a line starts and ends: from its first run's pen position to the end of the
// last glyph advance of its last run, relative to the line's measure (x .. x + width).
struct Extent {
  Sp left = 0, right = 0;  // gaps: left from x, right from x + width
};
Extent line_extent(const frame::PagedDoc& doc, const std::string& word);

// The PDF of the pages (pdf::write_pdf), page `page`'s content stream uncompressed.
std::string pdf_content(const frame::PagedDoc& doc, int page);
// The /BaseFont names of the fonts the PDF embeds, sorted, without the subset prefix.
std::vector<std::string> pdf_font_names(const frame::PagedDoc& doc);

}  // namespace folio::pipeline::effects
