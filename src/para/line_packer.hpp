// Builds the lines of a broken paragraph: re-shapes each line's text (so a hyphenated word's
// halves get their own ligatures and kerning), sets its glue, and places runs, underlines and
// link areas in the line's frame.
#pragma once

#include <vector>

#include "frame/frame.hpp"
#include "para/item_list.hpp"
#include "para/knuth_plass_types.hpp"
#include "para/paragraph.hpp"

namespace folio::para {

std::vector<frame::Frame> pack_lines(const ParagraphSpec& spec, const ParagraphText& text,
                                     const PieceShaper& shaper, const ItemList& list,
                                     const std::vector<LineBreak>& breaks, int* loose_lines = nullptr);

}  // namespace folio::para
