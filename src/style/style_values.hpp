// The small value types of style sheets and layouts that later stages hold on to: alignment,
// OpenType features, rules and the line-breaking parameters. The paragraph stage includes only
// this.
#pragma once

#include <string>
#include <vector>

#include "common/color.hpp"
#include "common/units.hpp"

namespace folio::style {

// A drawn line: a layout's column rules and furniture rules, a table's rules, a footnote rule.
struct Rule {
  Sp thickness = 0;  // 0: no rule
  Color color;
};

enum class Align { Justify, Left, Center, Right };

// OpenType feature settings in HarfBuzz syntax: "smcp", "onum", "-liga", "kern=0".
using Features = std::vector<std::string>;

// Knuth-Plass parameters (TeX's names and defaults; see docs/styles.md, `breaking`).
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
  // No rivers: a justified line whose spaces would stretch past this many times their natural
  // width is set ragged instead (a list item's whole paragraph is).
  double max_space_stretch = 2.0;
};

}  // namespace folio::style
