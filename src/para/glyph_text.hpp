// The text each glyph of a shaped run stands for: what a PDF's ToUnicode map says, so readers
// can copy and search. Within a cluster, glyphs and characters pair one to one when they are as
// many (a base letter and its marks); otherwise one glyph carries the whole cluster (a ligature).
// Right-to-left runs are drawn in visual order and text extractors (poppler) restore the
// logical order by reversing them, so their text is given in visual order too.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/shaper.hpp"

namespace folio::para {

// The texts of the glyphs of `glyphs` (HarfBuzz's, in visual order, clusters are offsets into
// `s`), one after another in glyph order; a glyph whose text another glyph of its cluster
// carries has "".
struct GlyphTexts {
  std::string text;
  std::vector<std::uint32_t> ends;  // where glyph i's text ends in `text`

  std::string_view of(std::size_t i) const {
    const std::uint32_t begin = i == 0 ? 0 : ends[i - 1];
    return std::string_view(text).substr(begin, ends[i] - begin);
  }
};

// Into `out`, replacing what it held: a line's words reuse one GlyphTexts, so that no word
// allocates. Clusters must be monotone (increasing in visual order, decreasing when `rtl`), as
// text::shape gives them.
void glyph_texts(std::string_view s, const std::vector<text::ShapedGlyph>& glyphs, bool rtl, GlyphTexts& out);

}  // namespace folio::para
