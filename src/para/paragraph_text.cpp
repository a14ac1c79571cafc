#include "para/paragraph_text.hpp"

#include <algorithm>

#include "text/itemizer.hpp"

namespace folio::para {

int ParagraphText::piece_at(std::size_t offset) const {
  auto it = std::upper_bound(pieces.begin(), pieces.end(), offset,
                             [](std::size_t o, const Piece& p) { return o < p.start; });
  return static_cast<int>(it - pieces.begin()) - 1;
}

namespace {

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\u00A0'; }

}  // namespace

ParagraphText assemble_text(const ParagraphSpec& spec, const font::FontDb& fonts) {
  ParagraphText out;
  std::vector<std::size_t> span_start;
  for (const Span& s : spec.spans) {
    span_start.push_back(out.text.size());
    out.text += s.text;
  }
  span_start.push_back(out.text.size());
  const std::vector<text::TextItem> items = text::itemize(out.text);

  // Boundaries: span, script/bidi item, and face changes (fallback for missing characters).
  std::size_t item = 0;
  for (std::size_t span = 0; span < spec.spans.size(); ++span) {
    const font::FaceId wanted = spec.spans[span].style.face;
    std::size_t i = span_start[span];
    const std::size_t end = span_start[span + 1];
    while (i < end) {
      while (item + 1 < items.size() && items[item].end <= i) ++item;
      const std::size_t start = i;
      font::FaceId face = -1;
      while (i < end && (items.empty() || i < items[item].end)) {
        std::size_t next = i;
        const char32_t c = next_code_point(out.text, next);
        const font::FaceId f = is_space(c) ? (face < 0 ? wanted : face) : fonts.fallback(c, wanted);
        if (face >= 0 && f != face) break;
        face = f;
        i = next;
      }
      Piece p;
      p.start = start;
      p.end = i;
      p.span = static_cast<int>(span);
      p.face = face < 0 ? wanted : face;
      if (!items.empty()) {
        p.script = items[item].script;
        p.level = items[item].bidi_level;
      }
      out.pieces.push_back(std::move(p));
    }
  }
  return out;
}

const std::vector<text::ShapedGlyph>& PieceShaper::shape(int piece, std::string_view s) const {
  const Piece& p = text_.pieces[piece];
  text::ShapeRequest req;
  req.text = s;
  req.features = style(piece).features;
  req.language = spec_.lang;
  req.script = p.script;
  req.rtl = p.level % 2 == 1;
  return cache_.shape(fonts_.face(p.face), req);
}

Sp PieceShaper::scale(int piece, std::int32_t font_units) const {
  return font_units_to_sp(font_units, style(piece).size, face(piece).metrics().units_per_em);
}

Sp PieceShaper::advance(int piece, const text::ShapedGlyph& g) const {
  return scale(piece, g.x_advance) + style(piece).tracking;
}

Sp PieceShaper::width(int piece, std::string_view s) const {
  Sp w = 0;
  for (const text::ShapedGlyph& g : shape(piece, s)) w += advance(piece, g);
  return w;
}

}  // namespace folio::para
