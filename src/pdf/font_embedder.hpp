// Embeds one font as PDF objects: a Type0 font (Identity-H) over a CIDFontType2 (TrueType
// outlines, FontFile2, with a /CIDToGIDMap when the subset renumbers the glyphs) or a
// CIDFontType0 (CFF outlines: FontFile3 /CIDFontType0C for a CID-keyed CFF, /OpenType for a
// name-keyed one) with /W widths, a FontDescriptor, the hb-subset font program and a ToUnicode
// CMap. The codes (CIDs) are the font's own glyph ids, whichever glyphs the subset has. PoDoFo's
// own font classes re-encode through the cmap and would lose ligatures, so the objects are
// built by hand.
#pragma once

#include <podofo/podofo.h>

#include <cstdint>
#include <string>
#include <vector>

#include "pdf/embedded_font.hpp"
#include "pdf/font_source.hpp"
#include "pdf/glyph_usage.hpp"
#include "common/hash.hpp"

namespace folio::pdf {

// Creates a Type0 font's objects in `objects` (a colour bitmap font is color_font.hpp's). Adds
// the subset's bytes to `content_hash`. Throws folio::Error when a gid is not in the font or
// subsetting fails.
EmbeddedFont embed_font(PoDoFo::PdfVecObjects& objects, const FontSource& source, const FontUsage& usage,
                        Fnv1a& content_hash);

}  // namespace folio::pdf
