// The text each glyph of a shaped run stands for: what a PDF's ToUnicode map says, so readers
// can copy and search. Within a cluster, glyphs and characters pair one to one when they are as
// many (a base letter and its marks); otherwise one glyph carries the whole cluster (a ligature).
// Right-to-left runs are drawn in visual order and text extractors (poppler) restore the
// logical order by reversing them, so their text is given in visual order too.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/shaper.hpp"

namespace folio::para {

// One entry per glyph of `glyphs` (HarfBuzz's, in visual order, clusters are offsets into `s`);
// "" for a glyph whose text another glyph of its cluster carries.
std::vector<std::string> glyph_texts(std::string_view s, const std::vector<text::ShapedGlyph>& glyphs, bool rtl);

}  // namespace folio::para
