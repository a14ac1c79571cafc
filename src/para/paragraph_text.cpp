#include "para/paragraph_text.hpp"

#include <algorithm>
#include <array>

#include "text/char_classes.hpp"
#include "text/cjk_punctuation.hpp"
#include "text/itemizer.hpp"

namespace folio::para {

int ParagraphText::piece_at(std::size_t offset) const {
  auto it = std::upper_bound(pieces.begin(), pieces.end(), offset,
                             [](std::size_t o, const Piece& p) { return o < p.start; });
  return static_cast<int>(it - pieces.begin()) - 1;
}

namespace {

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\u00A0'; }

// Chooses the face of each character of one span: the span's face, else its fallback order;
// characters that belong to the one before them (marks, joiners, selectors) stay in its face.
class FaceChooser {
 public:
  FaceChooser(const font::FontDb& fonts, const SpanStyle& style, const std::string& lang)
      : fonts_(fonts), style_(style), cjk_text_(text::is_cjk_language(lang)) {
    ascii_.fill(-1);
  }

  // The face of `c` (followed by `next`), given the face of the character before it (-1 at
  // the start of a piece).
  font::FaceId operator()(char32_t c, char32_t next, font::FaceId previous) {
    // Word spaces are the span's own, whatever face the words around them fell back to (an
    // emoji font's space is 1.2 em wide).
    if (is_space(c)) return style_.face;
    // Most text is ASCII, which joins no character before it: unless a variation selector
    // follows, such a character gets the same face every time, so it is chosen once per span.
    if (c < ascii_.size() && next != U'\uFE0E' && next != U'\uFE0F') {
      font::FaceId& known = ascii_[c];
      if (known < 0) known = own_face(c, next);
      return known;
    }
    if (previous >= 0 && text::joins_previous(c)) return previous;
    return own_face(c, next);
  }

 private:
  // The face of `c` where it does not join the character before it.
  font::FaceId own_face(char32_t c, char32_t next) const {
    font::FaceId preferred = style_.face;
    // In CJK text, “ ” … — are the CJK face's full-width forms.
    if (cjk_text_ && text::is_ambiguous_punctuation(c))
      for (font::FaceId id : style_.fallback)
        if (fonts_.has(id, U'\u4E00') && fonts_.has(id, c)) {
          preferred = id;
          break;
        }
    return fonts_.fallback(c, preferred, style_.fallback, text::wants_emoji(c, next));
  }

  const font::FontDb& fonts_;
  const SpanStyle& style_;
  bool cjk_text_;
  std::array<font::FaceId, 128> ascii_;  // the faces of ASCII characters, once chosen (-1: not yet)
};

}  // namespace

ParagraphText assemble_text(const ParagraphSpec& spec, const font::FontDb& fonts) {
  ParagraphText out;
  std::vector<std::size_t> span_start;
  for (const Span& s : spec.spans) {
    span_start.push_back(out.text.size());
    out.text += s.text;
  }
  span_start.push_back(out.text.size());
  out.bidi = std::make_unique<text::BidiParagraph>(out.text, text::Direction::Auto);
  const std::vector<text::TextItem> items = text::itemize(out.text, *out.bidi);

  // Boundaries: span, script/bidi item, and face changes (fallback for missing characters).
  std::size_t item = 0;
  for (std::size_t span = 0; span < spec.spans.size(); ++span) {
    const SpanStyle& style = spec.spans[span].style;
    const std::string& lang = style.lang.empty() ? spec.lang : style.lang;
    FaceChooser choose(fonts, style, lang);
    std::size_t i = span_start[span];
    const std::size_t end = span_start[span + 1];
    while (i < end) {
      while (item + 1 < items.size() && items[item].end <= i) ++item;
      const std::size_t start = i;
      font::FaceId face = -1;
      while (i < end && (items.empty() || i < items[item].end)) {
        std::size_t next = i;
        const char32_t c = next_code_point(out.text, next);
        std::size_t after = next;
        const char32_t following = next < out.text.size() ? next_code_point(out.text, after) : 0;
        const font::FaceId f = choose(c, following, face);
        if (face >= 0 && f != face) break;
        face = f;
        i = next;
      }
      Piece p;
      p.start = start;
      p.end = i;
      p.span = static_cast<int>(span);
      p.face = face < 0 ? style.face : face;
      p.lang = lang;
      if (!items.empty()) {
        p.script = items[item].script;
        p.level = items[item].bidi_level;
      }
      out.pieces.push_back(std::move(p));
    }
  }
  return out;
}

PieceShaper::PieceShaper(const font::FontDb& fonts, text::ShapeCache& cache, const ParagraphSpec& spec,
                         const ParagraphText& text)
    : cache_(cache), spec_(spec), text_(text) {
  faces_.reserve(text.pieces.size());
  for (const Piece& p : text.pieces) faces_.push_back(&fonts.face(p.face));
}

const std::vector<text::ShapedGlyph>& PieceShaper::shape(int piece, std::string_view s) const {
  const Piece& p = text_.pieces[piece];
  text::ShapeRequest req;  // views: what it names lives until the cache has answered
  req.text = s;
  req.features = style(piece).features;
  std::string features;  // the style's and the punctuation compression
  if (text::is_cjk_script(p.script)) {
    const std::string compression = text::punctuation_compression(s);
    if (!compression.empty()) {
      features = std::string(req.features) + (req.features.empty() ? "" : ",") + compression;
      req.features = features;
    }
  }
  req.language = p.lang;
  req.script = p.script;
  req.rtl = p.level % 2 == 1;
  return cache_.shape(face(piece), req);
}

Sp PieceShaper::width(int piece, const std::vector<text::ShapedGlyph>& glyphs) const {
  Sp w = 0;
  for (const text::ShapedGlyph& g : glyphs) w += advance(piece, g);
  return w;
}

}  // namespace folio::para
