// Internal to the input stage: a GFM table node (cmark-gfm's table extension) -> input::Table.
#pragma once

#include <cmark-gfm.h>

#include "input/document.hpp"
#include "input/source_locator.hpp"

namespace folio::input {

// The header row, the column alignments and the body rows of `table`; each cell's inlines are
// built as a paragraph's are (emphasis, links, <br>, footnote references).
Table build_table(cmark_node* table, const BodySource& source, Diagnostics& diags);

}  // namespace folio::input
