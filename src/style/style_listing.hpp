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

// One resolved value as the listing shows it, by property name (throws std::logic_error for a
// name the loader does not accept). Character-style values that are not set read "paragraph's"
// (or "font's" for the underline metrics, or the neutral value).
std::string paragraph_value(const ParagraphStyle& s, const std::string& property);
std::string char_value(const CharStyle& s, const std::string& property);
std::string layout_value(const PageTemplate& t, const std::string& key);  // "margins.top"

// Every key list_page_template shows, in its order.
const std::vector<std::string>& layout_listing_keys();

}  // namespace folio::style
