// The blocks set as the galley: each block in its paragraph style (body, body-first,
// headings, list items with their markers, quotes, code), tables, handed to the galley's
// vertical rules with the footnotes, which follow the lines that refer to them.
#pragma once

#include <vector>

#include "compose/context.hpp"
#include "compose/galley.hpp"
#include "input/document.hpp"

namespace folio::compose {

// `notes`: the footnotes, set (compose/notes.hpp).
Galley set_body(const std::vector<input::Block>& blocks, std::vector<GalleyInsert> notes, const Context& cx);

}  // namespace folio::compose
