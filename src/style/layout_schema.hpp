// The tables of a page layout's keys (style/property.hpp): the top level, `page`, `margins`,
// rules, `masthead`, `footer`/`header` and `figures`.
#pragma once

#include "style/page_template.hpp"
#include "style/property.hpp"

namespace folio::style {

const Table<PageTemplate>& layout_table();  // the top level
const Table<PageTemplate>& page_table();    // `page:` sets the template's own width and height
const Table<Margins>& margins_table();
const Table<Rule>& rule_table();  // `column-rule`, the masthead's `rule-below`, furniture `rule`
const Table<Masthead>& masthead_table();
const Table<Furniture>& furniture_table();  // `footer`, `header`
const Table<FigureParams>& figures_table();

}  // namespace folio::style
