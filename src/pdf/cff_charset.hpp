// CIDs of CID-keyed CFF fonts (the outlines of CJK OpenType fonts such as Noto CJK). A PDF
// addresses a CIDFontType0 font's glyphs by CID; hb-subset renumbers the glyphs of a subset
// but keeps each glyph's CID, and readers differ on whether an OpenType font program's CIDs
// go through its charset (poppler takes them as glyph ids). So a subset's charset is rewritten
// to the identity: every glyph's CID is its glyph id, and every reader finds the same glyph.
#pragma once

#include <string>

namespace folio::pdf {

// Rewrites, in `otf` (an OpenType font with a 'CFF ' table), a CID-keyed CFF's charset to the
// identity, in place (the identity charset is never longer than the one it replaces). Returns
// false, leaving `otf` alone, for a name-keyed CFF (a PDF takes its CIDs as glyph ids anyway)
// or a table it cannot read.
bool make_cids_glyph_ids(std::string& otf);

}  // namespace folio::pdf
