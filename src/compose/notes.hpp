// The footnotes, set for the foot of a column: each note's text in the `footnote` style
// at the column's measure, its number first (in `footnote-ref`, linking back to its first
// marker), a part per line so that a note can go on in the next column.
#pragma once

#include <vector>

#include "compose/context.hpp"
#include "compose/galley.hpp"
#include "input/document.hpp"

namespace folio::compose {

// Note n is the result's [n - 1]: a GalleyInsert with a part per line (each a `footnote` leading
// high), role Note, and the anchor its markers link to on its first line. A note's paragraphs,
// list items and quotes are set one after the other; code and tables in a note, as plain text.
std::vector<GalleyInsert> set_notes(const std::vector<input::Note>& notes, const Context& cx);

}  // namespace folio::compose
