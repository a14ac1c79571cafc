// Bounds on the Markdown body before cmark-gfm sees it, and the places where it may be cut into
// parts that cmark parses one at a time. cmark keeps a node per delimiter of every paragraph until
// the end of a parse (~170 bytes per "[" or "<"); parsed in parts, a long issue costs the nodes
// of one part at a time (docs/limits.md).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "input/source_locator.hpp"

namespace folio::input {

// Throws folio::Error at the first line of a run of lines without a blank line between them
// (one paragraph, list, quote or code block) longer than limits::kBlockBytes.
void check_block_sizes(std::string_view body, const BodySource& source);

// Throws folio::Error at the header row of a table whose columns times rows pass
// limits::kTableCells, before cmark-gfm makes a node for each (it fills short rows with empty
// cells). Rows are counted as the lines up to the next blank line, which for a table are its rows.
void check_table_sizes(std::string_view body, const BodySource& source);

// Byte offsets in `body` where a part may begin: lines after a blank line that are neither
// indented nor a list item, so every quote and list is closed there and the line starts a new
// block whatever came before. None when the body may define link references or footnotes
// ("]:" anywhere), which hold for the whole body. A part must still be checked to end outside a
// fenced code block or an HTML block (which go on past blank lines).
std::vector<std::size_t> part_starts(std::string_view body);

}  // namespace folio::input
