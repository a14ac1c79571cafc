// `folio styles list`: every resolved value of a style sheet or page layout, one per line, with
// where it came from, in the file's order:
//
//   body.size = 10.5pt                (styles/default.yaml:53:11)
//   body.first-indent = 10.5pt (1em)  (styles/default.yaml:59:19)
//   body.family = Noto Serif          (styles/default.yaml:50:13, fonts.serif at 20:10)
//   body-first.size = 10.5pt          (from body, styles/default.yaml:53:11)
//   h1.tracking = 0pt                 (default)
//
// Values are shown resolved (lengths in pt), followed by the text as written when that differs.
#pragma once

#include <string>

#include "style/page_template.hpp"
#include "style/style_sheet.hpp"

namespace folio::style {

// The top-level settings (link-color, breaking, flow), then each paragraph style and each
// character style in the order the file defines them; a blank line between blocks.
std::string list_style_sheet(const StyleSheet& sheet);

// Page size, margins, columns, grid, masthead, footer and header.
std::string list_page_template(const PageTemplate& page);

// Which values there are, and how each is shown, comes from the schema (style/sheet_schema.cpp,
// style/layout_schema.cpp): every key the loaders read is listed.

}  // namespace folio::style
