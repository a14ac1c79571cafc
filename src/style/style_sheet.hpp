// Brand style sheets (styles/*.yaml), resolved: named paragraph and character styles and the
// sheet-wide settings. What each member means and how it is written: style/sheet_schema.cpp.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/color.hpp"
#include "common/units.hpp"
#include "folio/diagnostic.hpp"
#include "style/style_values.hpp"
#include "style/value_origin.hpp"

namespace folio::style {

struct ParagraphStyle {
  std::string name;
  std::string family = "Noto Serif";
  int weight = 400;  // 400 regular, 700 bold
  bool italic = false;
  Sp size = pt(9.5);
  Sp leading = pt(12.5);  // baseline to baseline
  Sp tracking = 0;        // extra space after every glyph
  Color color;
  Align align = Align::Justify;
  Sp first_indent = 0;
  Sp left_indent = 0;
  Sp right_indent = 0;
  Sp space_before = 0;
  Sp space_after = 0;
  bool hyphenate = true;
  int hyphen_min_word = 5;  // words shorter than this (in characters) are never hyphenated
  bool keep_with_next = false;
  bool uppercase = false;
  Features features;
  // A block set off from the text (code blocks, quotes): a tint behind its lines, a rule at its
  // left edge, and the inset of its text from the tint's edges.
  std::optional<Color> background;
  Rule left_rule;  // thickness 0: none
  Sp padding = 0;

  SourcePos pos;    // where the style is defined (its name in the file)
  Origins origins;  // by property name; missing: the engine default
};

// A character style changes only what it sets.
struct CharStyle {
  std::string name;
  std::optional<std::string> family;
  std::optional<int> weight;
  std::optional<bool> italic;
  std::optional<double> size_scale;      // relative to the surrounding size
  std::optional<double> baseline_shift;  // in em of the surrounding size, positive is up
  std::optional<Color> color;
  std::optional<bool> underline;
  std::optional<bool> strikethrough;  // a rule through the text
  std::optional<Sp> underline_thickness;  // unset: the font's post table
  std::optional<Sp> underline_offset;     // below the baseline; unset: the font's post table
  std::optional<bool> uppercase;
  Features features;

  SourcePos pos;    // where the style is defined (its name in the file)
  Origins origins;  // by property name; missing: not set
};

// Vertical rules for columns (widows, orphans, keep-with-next are never broken).
struct FlowParams {
  int widow_lines = 2;   // lines of a paragraph that must end up together at a column top
  int orphan_lines = 2;  // lines that must stay together at a column foot
  int lines_after_heading = 2;
};

// How figure captions begin: "Figure 2." before the caption, in a character style of its own.
struct CaptionParams {
  std::string label;        // before each caption: {n} is the figure's number; "" for none
  std::string label_style;  // the label's character style; "" for the caption's own
};

// A font file a style sheet brings for its own renders (`font-files:`): it joins the bundled
// fonts for those renders only.
struct FontFile {
  std::string path;  // as resolved: the style's folder joined with what the file writes
  SourcePos pos;     // where the file names it
};

// One family of a `font-fallback:` list, and where the file names it (no line: the engine's).
struct FallbackFamily {
  std::string family;
  SourcePos pos;
};

// Per family: the families that draw, in this order, the characters it lacks (a serif body's
// CJK in a serif CJK face, its arrows in a symbol face, its emoji in colour).
using FontFallback = std::map<std::string, std::vector<FallbackFamily>>;

// The engine's order for the bundled families, over the fonts folio ships or installs
// (fonts/README.md): symbols first (a Latin text's arrows are not full-width CJK ones), then
// CJK, Arabic, Hebrew and emoji, each in the family's own design: serif, sans or mono.
FontFallback default_font_fallback();

// How tables are ruled and spaced, as booktabs sets them: a heavier rule above and below, a
// lighter one under the header row, none between columns or rows. Their text: the paragraph
// styles `table-header` and `table-cell`.
struct TableParams {
  Rule top_rule{pt(0.8), {}};
  Rule header_rule{pt(0.4), {}};
  Rule bottom_rule{pt(0.8), {}};
  Sp column_gap = pt(8);    // between the text of two columns
  Sp row_space = pt(3);     // between two body rows
  Sp rule_space = pt(3);    // between a rule and the text above or below it
  Sp space_before = pt(6);  // above the table (rounded up to the baseline grid)
  Sp space_after = pt(6);   // below it (rounded up to the grid)
  Sp min_size = pt(6.5);    // a table too wide for the page steps its text down to this size
};

// How footnotes are set at the foot of their column: a short rule above them, their text in the
// paragraph style `footnote`, their markers in the character style `footnote-ref`.
struct FootnoteParams {
  Rule rule{pt(0.4), {}};
  Sp rule_width = pt(60);
  Sp space_above = pt(8);  // at least this between the column's text and the rule
  Sp space_below = pt(4);  // between the rule and the first note
};

struct StyleSheet {
  std::string path;
  std::map<std::string, ParagraphStyle> paragraphs;
  std::map<std::string, CharStyle> characters;
  BreakParams breaking;
  FlowParams flow;
  TableParams table;
  FootnoteParams footnotes;
  CaptionParams captions;
  Color link_color;
  std::vector<FontFile> font_files;
  FontFallback font_fallback = default_font_fallback();
  Origins origins;  // top-level settings: "link-color", "breaking.tolerance", "flow.widow-lines"

  // The fallback order of `family` (matched as fonts are, ignoring case). A family the sheet
  // does not list falls back as "Noto Serif" does when `serif`, else as "Noto Sans" does.
  const std::vector<FallbackFamily>& fallback_for(const std::string& family, bool serif) const;

  // Throws folio::Error naming the style when it is missing.
  const ParagraphStyle& paragraph(const std::string& name) const;
  const CharStyle& character(const std::string& name) const;

  // Where the text of `style`'s `property` ("family", "color") is written, for errors found after
  // loading, such as a family the bundled fonts do not have. When the style names a token, that
  // is the token's definition (where the family or colour is spelt). Looks in paragraph styles,
  // then character styles; an unknown style throws folio::Error. A value the file does not set
  // (an engine default) gives just the file.
  SourcePos origin(const std::string& style, const std::string& property) const;
};

// A style the engine asks for by name, and what it sets; every style sheet must define it.
struct RequiredStyle {
  const char* name;
  const char* use;
};

inline const RequiredStyle kRequiredParagraphStyles[] = {
    {"body", "body text"},
    {"body-first", "the first paragraph after a heading"},
    {"h1", "headings of level 1 (`#`)"},
    {"h2", "headings of level 2 (`##`)"},
    {"h3", "headings of level 3 (`###`)"},
    {"h4", "headings of level 4 (`####`)"},
    {"h5", "headings of level 5 (`#####`)"},
    {"h6", "headings of level 6 (`######`)"},
    {"masthead-title", "the publication's name on page 1"},
    {"masthead-issue", "the issue label under it"},
    {"contents-title", "the title of the \"In this issue\" list"},
    {"contents-entry", "its entries"},
    {"footer", "page furniture, unless the layout names another style"},
    {"list-item", "list items"},
    {"blockquote", "block quotes"},
    {"code-block", "code blocks"},
    {"table-header", "the header row of a table"},
    {"table-cell", "the cells of a table's body; its `align` for columns the delimiter row leaves "
                   "unaligned (justified text is set flush left)"},
    {"footnote", "footnotes at the foot of a column"},
    {"caption", "figure captions, under each figure"}};

inline const RequiredStyle kRequiredCharStyles[] = {
    {"emphasis", "`*text*`"},   {"strong", "`**text**`"}, {"link", "links"},     {"code", "`` `code` ``"},
    {"superscript", "`<sup>`"}, {"subscript", "`<sub>`"}, {"underline", "`<u>`"},
    {"strikethrough", "`~~text~~`, `<s>`, `<del>`"}, {"small", "`<small>`"},
    {"footnote-ref", "the number of a footnote, in the text and before its note"}};

}  // namespace folio::style
