// The tables of a style sheet's keys (style/property.hpp): the top level, `breaking`, `flow`,
// `table`, `footnotes`, `captions`, paragraph styles and character styles.
#pragma once

#include "style/property.hpp"
#include "style/style_sheet.hpp"

namespace folio::style {

const Table<StyleSheet>& sheet_table();  // the top level; its style maps use the two below
const Table<ParagraphStyle>& paragraph_table();
const Table<CharStyle>& char_table();
const Table<BreakParams>& breaking_table();
const Table<FlowParams>& flow_table();
const Table<TableParams>& table_params_table();
const Table<FootnoteParams>& footnotes_table();
const Table<CaptionParams>& captions_table();

}  // namespace folio::style
