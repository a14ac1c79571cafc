// Turns a ParagraphSpec into lines: text -> shaped pieces -> boxes, glue and penalties ->
// total-fit breaks -> re-shaped, justified lines.
#pragma once

#include <vector>

#include "font/font_db.hpp"
#include "frame/frame.hpp"
#include "para/paragraph.hpp"
#include "text/hyphenator.hpp"
#include "text/shaper.hpp"

namespace folio::para {

class ParagraphBuilder {
 public:
  // `hyphenator` may be null (no hyphenation dictionary for the language).
  ParagraphBuilder(const font::FontDb& fonts, text::ShapeCache& shapes, const text::Hyphenator* hyphenator)
      : fonts_(fonts), shapes_(shapes), hyphenator_(hyphenator) {}

  // One frame per line, with its origin on the baseline at the left edge of the measure
  // (indents and alignment are inside), and its LineInfo set: glyph runs (keyed by the span's
  // font::FaceId), then underline rules, then link areas.
  std::vector<frame::Frame> build(const ParagraphSpec& spec) const;

 private:
  struct Lines {
    std::vector<frame::Frame> lines;
    std::size_t resume = 0;  // where the text not set yet starts (ends_paragraph false)
  };
  // The lines of `spec`; without `ends_paragraph`, all but the last, whose text is left over.
  Lines set(const ParagraphSpec& spec, bool ends_paragraph) const;

  const font::FontDb& fonts_;
  text::ShapeCache& shapes_;
  const text::Hyphenator* hyphenator_;
};

}  // namespace folio::para
