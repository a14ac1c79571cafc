// Page layouts (layout/*.yaml), resolved: page size, margins, columns, the first-page masthead,
// footer and header. What each member means and how it is written: style/layout_schema.cpp.
#pragma once

#include <string>

#include "common/color.hpp"
#include "common/units.hpp"
#include "style/style_values.hpp"
#include "style/value_origin.hpp"

namespace folio::style {

struct Margins {
  Sp top = 0, right = 0, bottom = 0, left = 0;
};

struct Masthead {
  Sp band_height = 0;  // a coloured band across the top of page 1 (0: none)
  Color band_color;
  Rule rule_below;       // under the masthead block
  Sp space_after = 0;    // between masthead (and contents) and the columns
  bool contents = true;  // the "In this issue" list
  std::string contents_title = "In this issue";
  int contents_level = 0;  // the heading level the list starts at; 0: auto (1, or 2 under a lone level 1)
  int contents_depth = 1;  // how many levels from there it lists
};

// A footer or header slot: templates may use {publication}, {issue}, {page}, {pages},
// and the filter {issue|upper}.
struct Furniture {
  std::string left, center, right;
  Sp baseline = 0;  // footer: distance of the baseline above the page's bottom edge;
                    // header: below the top edge
  Rule rule;        // a rule between furniture and the body (0: none)
  std::string style = "footer";
};

// `baseline-grid: auto`: the grid is the body style's leading, so a layout suits any style sheet.
constexpr Sp kAutoGrid = -1;

// Whole millimetres in scaled points, rounded as a layout's "210mm" is (style/length.hpp).
constexpr Sp whole_mm(Sp mm) { return (2 * mm * 720 * kSpPerPt + 254) / (2 * 254); }

// How figures are placed.
struct FigureParams {
  Sp max_height = whole_mm(100);  // a figure's picture is never taller (it is narrowed instead)
  int min_ppi = 150;              // below this effective resolution at its printed size: a warning
  Sp space = pt(6);               // between a figure and the text above and below it (on the grid)
};

struct PageTemplate {
  std::string path;
  Sp width = whole_mm(210), height = whole_mm(297);  // A4 unless told otherwise
  Margins margins;
  int columns = 2;
  Sp gutter = 0;
  Sp baseline_grid = 0;  // 0: no grid; kAutoGrid: the body style's leading; otherwise the step
                         // every column's lines snap to
  Rule column_rule;      // a vertical rule in each gutter (0: none)
  Masthead masthead;
  Furniture footer;
  Furniture header;  // empty templates: no header
  FigureParams figures;
  Origins origins;   // by dotted key: "page.width", "margins.top", "footer.rule.color"

  Sp column_width() const {
    return (width - margins.left - margins.right - gutter * (columns - 1)) / columns;
  }
};

}  // namespace folio::style
