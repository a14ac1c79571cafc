// Turns a ParagraphSpec into lines: text -> shaped pieces -> boxes, glue and penalties ->
// total-fit breaks -> re-shaped, justified lines.
#pragma once

#include <vector>

#include "font/font_db.hpp"
#include "frame/frame.hpp"
#include "para/item_list.hpp"
#include "para/paragraph.hpp"
#include "text/hyphenator.hpp"
#include "text/shaper.hpp"

namespace folio::para {

// How wide a text wants to be, as CSS's automatic table layout asks it of a cell: `min` is its
// widest piece that cannot break (a word, unless hyphenation is on), `max` its widest line when
// it breaks only where it must (<br>). Both include the spec's indents.
struct ContentWidths {
  Sp min = 0, max = 0;
};

class ParagraphBuilder {
 public:
  // `hyphenators` gives each language's patterns (null: none, no hyphenation).
  ParagraphBuilder(const font::FontDb& fonts, text::ShapeCache& shapes, HyphenatorFor hyphenators)
      : fonts_(fonts), shapes_(shapes), hyphenators_(std::move(hyphenators)) {}
  // One hyphenator for every language (may be null: no hyphenation).
  ParagraphBuilder(const font::FontDb& fonts, text::ShapeCache& shapes, const text::Hyphenator* hyphenator)
      : ParagraphBuilder(fonts, shapes, [hyphenator](const std::string&) { return hyphenator; }) {}

  // One frame per line, with its origin on the baseline at the left edge of the measure
  // (indents and alignment are inside), and its LineInfo set: glyph runs (keyed by the span's
  // font::FaceId), then underline rules, then link areas.
  std::vector<frame::Frame> build(const ParagraphSpec& spec) const;

  // The widths `spec`'s text asks for (spec.measure is ignored): with the same shaping, spaces
  // and break opportunities as build() uses.
  ContentWidths measure(const ParagraphSpec& spec) const;

 private:
  struct Lines {
    std::vector<frame::Frame> lines;
    std::size_t resume = 0;  // where the text not set yet starts (ends_paragraph false)
  };
  // The lines of `spec`; without `ends_paragraph`, all but the last, whose text is left over.
  Lines set(const ParagraphSpec& spec, bool ends_paragraph) const;

  const font::FontDb& fonts_;
  text::ShapeCache& shapes_;
  HyphenatorFor hyphenators_;
};

}  // namespace folio::para
