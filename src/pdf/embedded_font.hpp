// What embedding a font gives the writer: the font's object (font_embedder.hpp, color_font.hpp).
#pragma once

#include <podofo/podofo.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace folio::pdf {

struct EmbeddedFont {
  PoDoFo::PdfReference ref;
  bool needs_pdf_1_6 = false;  // an OpenType font program (FontFile3 /OpenType)
};

// Six upper-case letters derived from the glyph set: the "ABCDEF+" of a subset's BaseFont.
std::string subset_tag(const std::vector<std::uint32_t>& gids);

}  // namespace folio::pdf
