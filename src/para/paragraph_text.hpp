// The paragraph's text as one string, cut into pieces of one span, one face, one script and
// one bidi level: the units that get shaped.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/units.hpp"
#include "common/utf8.hpp"
#include "font/font_db.hpp"
#include "para/paragraph.hpp"
#include "text/bidi.hpp"
#include "text/shaper.hpp"

namespace folio::para {

struct Piece {
  std::size_t start = 0, end = 0;  // byte range in ParagraphText::text
  int span = 0;
  font::FaceId face = 0;  // after fallback for characters the span's face lacks
  std::string script;
  int level = 0;  // bidi embedding level (odd: right-to-left)
  std::string lang;  // the span's language, else the paragraph's
};

struct ParagraphText {
  std::string text;
  std::vector<Piece> pieces;               // cover the text, in logical order
  std::unique_ptr<text::BidiParagraph> bidi;  // its levels and direction; orders each line's runs
  int piece_at(std::size_t offset) const;  // the piece holding byte `offset`
};

ParagraphText assemble_text(const ParagraphSpec& spec, const font::FontDb& fonts);

// Shapes (cached) and scales text of one piece's style to scaled points. Made per paragraph,
// used by one thread; it keeps each piece's face, which every glyph's scaling asks for.
class PieceShaper {
 public:
  PieceShaper(const font::FontDb& fonts, text::ShapeCache& cache, const ParagraphSpec& spec,
              const ParagraphText& text);

  // Glyphs of `s` (any string) in the style of `piece`; clusters are offsets into `s`. The
  // vector lives as long as the cache.
  const std::vector<text::ShapedGlyph>& shape(int piece, std::string_view s) const;
  // The advance of one glyph in scaled points, tracking included.
  Sp advance(int piece, const text::ShapedGlyph& g) const {
    return scale(piece, g.x_advance) + style(piece).tracking;
  }
  Sp scale(int piece, std::int32_t font_units) const {
    if (font_units == 0) return 0;  // most glyph offsets: spared the rounding
    return font_units_to_sp(font_units, style(piece).size, face(piece).metrics().units_per_em);
  }
  Sp width(int piece, std::string_view s) const { return width(piece, shape(piece, s)); }
  // The advances of `glyphs`, shaped in the style of `piece`, summed.
  Sp width(int piece, const std::vector<text::ShapedGlyph>& glyphs) const;
  const SpanStyle& style(int piece) const { return spec_.spans[text_.pieces[piece].span].style; }
  const font::Face& face(int piece) const { return *faces_[static_cast<std::size_t>(piece)]; }

 private:
  text::ShapeCache& cache_;
  const ParagraphSpec& spec_;
  const ParagraphText& text_;
  std::vector<const font::Face*> faces_;  // of each piece
};

}  // namespace folio::para
