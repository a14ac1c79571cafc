// Which glyphs of which fonts the pages draw, and the text each glyph stands for: the input
// of subsetting, the /W widths and the ToUnicode map.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

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

// One entry per doc.fonts, counting drawable runs only. Throws folio::Error when a run names a
// font that doc.fonts does not list.
std::vector<FontUsage> collect_glyph_usage(const frame::PagedDoc& doc);

}  // namespace folio::pdf
