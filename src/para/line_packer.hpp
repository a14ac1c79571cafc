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

// `ends_paragraph`: false when the paragraph goes on after the last break (set in windows,
// paragraph_builder.cpp), so that line is justified like any other. `loose_lines`, if given,
// receives how many lines were set ragged because their spaces would have stretched too far.
std::vector<frame::Frame> pack_lines(const ParagraphSpec& spec, const ParagraphText& text,
                                     const PieceShaper& shaper, const ItemList& list,
                                     const std::vector<LineBreak>& breaks, bool ends_paragraph = true,
                                     int* loose_lines = nullptr);

}  // namespace folio::para
