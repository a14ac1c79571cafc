// Embeds one font as PDF objects: a Type0 font (Identity-H) over a CIDFontType2 with /W
// widths, a FontDescriptor, the hb-subset FontFile2 and a ToUnicode CMap. PoDoFo's own font
// classes re-encode through the cmap and would lose ligatures, so the objects are built by hand.
#pragma once

#include <podofo/podofo.h>

#include <cstdint>
#include <string>
#include <vector>

#include "pdf/font_source.hpp"
#include "pdf/glyph_usage.hpp"
#include "common/hash.hpp"

namespace folio::pdf {

// Six upper-case letters derived from the glyph set: the "ABCDEF+" of a subset's BaseFont.
std::string subset_tag(const std::vector<std::uint32_t>& gids);

// Creates the font's objects in `objects` and returns the Type0 font's reference. Adds the
// subset's bytes to `content_hash`. Throws folio::Error when a gid is not in the font or
// subsetting fails.
PoDoFo::PdfReference embed_font(PoDoFo::PdfVecObjects& objects, const FontSource& source,
                                const FontUsage& usage, Fnv1a& content_hash);

}  // namespace folio::pdf
