// The blocks set as the galley: each block in its paragraph style (body, body-first,
// headings, list items with their markers, quotes, code), handed to the galley's vertical rules.
#pragma once

#include <vector>

#include "compose/context.hpp"
#include "compose/galley.hpp"
#include "input/document.hpp"

namespace folio::compose {

Galley set_body(const std::vector<input::Block>& blocks, const Context& cx);

}  // namespace folio::compose
