// Brand style sheets (styles/*.yaml): named paragraph and character styles, resolved.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/color.hpp"
#include "common/units.hpp"
#include "folio/diagnostic.hpp"
#include "style/value_origin.hpp"

namespace folio::style {

enum class Align { Justify, Left, Center, Right };

// OpenType feature settings in HarfBuzz syntax: "smcp", "onum", "-liga", "kern=0".
using Features = std::vector<std::string>;

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
  std::optional<Sp> underline_thickness;  // unset: the font's post table
  std::optional<Sp> underline_offset;     // below the baseline; unset: the font's post table
  std::optional<bool> uppercase;
  Features features;

  SourcePos pos;    // where the style is defined (its name in the file)
  Origins origins;  // by property name; missing: not set
};

// Knuth-Plass parameters (TeX's names and defaults; see docs/styles.md).
struct BreakParams {
  int pretolerance = 100;
  int tolerance = 200;
  int line_penalty = 10;
  int hyphen_penalty = 50;
  int ex_hyphen_penalty = 50;
  int adj_demerits = 10000;
  int double_hyphen_demerits = 10000;
  int final_hyphen_demerits = 5000;
  Sp emergency_stretch = pt(9);
  int max_hyphen_run = 2;  // never more consecutive hyphenated lines than this
  // Font expansion (pdfTeX's microtype): justified lines may scale glyph widths by up to this
  // fraction, so word spaces vary less. 0 turns it off.
  double expansion = 0.02;
};

// Vertical rules for columns (widows, orphans, keep-with-next are never broken).
struct FlowParams {
  int widow_lines = 2;   // lines of a paragraph that must end up together at a column top
  int orphan_lines = 2;  // lines that must stay together at a column foot
  int lines_after_heading = 2;
};

struct StyleSheet {
  std::string path;
  std::map<std::string, ParagraphStyle> paragraphs;
  std::map<std::string, CharStyle> characters;
  BreakParams breaking;
  FlowParams flow;
  Color link_color;
  Origins origins;  // top-level settings: "link-color", "breaking.tolerance", "flow.widow-lines"

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

// The paragraph styles the engine asks for, by name.
inline const char* const kParagraphStyleNames[] = {"body",
                                                   "body-first",
                                                   "h1",
                                                   "h2",
                                                   "h3",
                                                   "masthead-title",
                                                   "masthead-issue",
                                                   "contents-title",
                                                   "contents-entry",
                                                   "footer",
                                                   "list-item",
                                                   "blockquote",
                                                   "code-block"};
// The character styles the engine asks for, by name.
inline const char* const kCharStyleNames[] = {"emphasis",    "strong",    "link",     "code",
                                              "superscript", "subscript", "underline"};

// Loads and validates a style sheet. Every style in the lists above must end up defined.
// Errors carry the YAML file's line and column.
StyleSheet load_style_sheet(const std::string& path);

// A name ("default") is looked up as <data_dir>/styles/<name>.yaml; anything with a '/' or
// ending in .yaml is a path.
std::string resolve_style_path(const std::string& name_or_path, const std::string& data_dir);

}  // namespace folio::style
