// A colour bitmap font (Noto Color Emoji) embedded as a Type3 font whose glyph procedures
// draw each glyph's bitmap as an image (RGB with a soft mask for its alpha) at the glyph's
// position and size: the emoji are still text, so they copy and search through ToUnicode.
#pragma once

#include <podofo/podofo.h>

#include "common/hash.hpp"
#include "pdf/embedded_font.hpp"
#include "pdf/font_source.hpp"
#include "pdf/glyph_usage.hpp"

namespace folio::pdf {

// At most this many distinct glyphs: a Type3 font's codes are single bytes (0 is unused).
constexpr std::size_t kMaxColorGlyphs = 255;

// Codes 1, 2, ... in glyph id order (0 is a metric hint for text extractors, never drawn). Adds the bitmaps to `content_hash`. Throws folio::Error
// for more than kMaxColorGlyphs glyphs.
EmbeddedFont embed_color_font(PoDoFo::PdfVecObjects& objects, const FontSource& source, const FontUsage& usage,
                              Fnv1a& content_hash);

}  // namespace folio::pdf
