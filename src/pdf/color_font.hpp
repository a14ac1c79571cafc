// A colour bitmap font (Noto Color Emoji) embedded as a Type3 font whose glyph procedures
// draw each glyph's bitmap as an image (RGB with a soft mask for its alpha) at the glyph's
// position and size: the emoji are still text, so they copy and search through ToUnicode.
#pragma once

#include <podofo/podofo.h>

#include <cstdint>
#include <map>
#include <string>

#include "common/hash.hpp"
#include "pdf/embedded_font.hpp"
#include "pdf/font_source.hpp"
#include "pdf/glyph_usage.hpp"

namespace folio::pdf {

// At most this many distinct glyphs: a Type3 font's codes are single bytes (0 is unused).
constexpr std::size_t kMaxColorGlyphs = 255;

// A colour font's codes: glyph id -> code, 1, 2, ... in the order the pages first draw the
// glyphs (0 is a metric hint for text extractors, never drawn), so a page's codes are known when
// it is written, before the pages after it exist.
using ColorCodes = std::map<std::uint32_t, std::uint32_t>;

// The code of `gid`, the next one when it has none yet. Throws folio::Error at `font_path` when
// that would be more than kMaxColorGlyphs.
std::uint32_t color_code(ColorCodes& codes, std::uint32_t gid, const std::string& font_path);

// The Type3 font drawing the glyphs of `codes` (the glyphs of `usage`). Adds the bitmaps to
// `content_hash`.
EmbeddedFont embed_color_font(PoDoFo::PdfVecObjects& objects, const FontSource& source, const ColorCodes& codes,
                              const FontUsage& usage, Fnv1a& content_hash);

}  // namespace folio::pdf
