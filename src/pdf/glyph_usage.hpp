// Which glyphs of which fonts the pages draw, and the text each glyph stands for: the input
// of subsetting, the /W widths and the ToUnicode map. Collected page by page, on the threads
// that build the pages, and merged so that the order the pages come in does not matter.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "frame/flatten.hpp"
#include "frame/paged_doc.hpp"

namespace folio::pdf {

struct FontUsage {
  // Every gid drawn with this font (sorted), with the text of the first Glyph that drew it
  // with non-empty text ("" when none had text, e.g. the second glyph of a cluster).
  std::map<std::uint32_t, std::string> text_by_gid;
  bool used() const { return !text_by_gid.empty(); }
};

// Whether a run puts anything on the page: glyphs at a size that survives PDF's 3 decimals.
bool drawable(const frame::GlyphRun& run);

// One entry per font of `fonts` (the document's FontIds, in its order), counting drawable runs
// only. A run naming another font is a std::invalid_argument.
std::vector<FontUsage> page_glyph_usage(const frame::Flat& page, const std::vector<frame::FontId>& fonts);

// The glyphs of the pages added so far, by font. A glyph's text is the first non-empty one on
// the lowest-numbered page that has one, whichever order the pages are added in.
class GlyphUsage {
 public:
  void add(std::size_t page, std::vector<FontUsage> usage);
  FontUsage font(std::size_t index) const;  // empty for a font no page drew

 private:
  struct Text {
    std::string text;
    std::size_t page = 0;
  };
  std::vector<std::map<std::uint32_t, Text>> fonts_;
};

}  // namespace folio::pdf
