// CIDs of CID-keyed CFF fonts (the outlines of CJK OpenType fonts such as Noto CJK). A PDF
// addresses a CIDFontType0 font's glyphs by CID, which a bare CFF font program
// (FontFile3 /CIDFontType0C) maps to its glyphs through its charset. hb-subset renumbers a
// subset's glyphs and keeps each glyph's CID as the font has it; the charset is rewritten so
// that each glyph's CID is its glyph id in the whole font: a content stream's code for a glyph
// is then known before the subset is made (pdf_builder.hpp builds pages first).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace folio::pdf {

// Whether `cff` (a 'CFF ' table) is CID-keyed (its Top DICT has an ROS). A name-keyed CFF's
// glyphs are addressed by glyph id: its subsets keep the font's glyph ids instead.
bool cid_keyed(std::string_view cff);

// Rewrites `cff` (a CID-keyed CFF font program) so that glyph i has CID cids[i] (cids[0],
// .notdef's, is 0; the others ascending, below 65536): the charset in place when the new one
// fits where the old one is, else appended to the table (its offset in the Top DICT rewritten);
// CIDCount raised when the largest CID needs it. Returns false, leaving `cff` alone, for a
// name-keyed CFF, a glyph count other than cids.size(), or a table it cannot read or rewrite.
bool set_cff_cids(std::string& cff, const std::vector<std::uint32_t>& cids);

// The charset of `cids` (glyph i -> cids[i], from glyph 1 on) in the shortest of the CFF's
// formats 0 (one CID per glyph), 1 and 2 (runs of consecutive CIDs, up to 256 or 65536 long).
std::string cff_charset(const std::vector<std::uint32_t>& cids);

}  // namespace folio::pdf
