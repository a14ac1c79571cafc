// Turns a ParagraphSpec into lines: text -> shaped pieces -> boxes, glue and penalties ->
// total-fit breaks -> re-shaped, justified lines.
#pragma once

#include <vector>

#include "font/font_db.hpp"
#include "para/paragraph.hpp"
#include "text/hyphenator.hpp"
#include "text/shaper.hpp"

namespace folio::para {

class ParagraphBuilder {
 public:
  // `hyphenator` may be null (no hyphenation dictionary for the language).
  ParagraphBuilder(const font::FontDb& fonts, text::ShapeCache& shapes, const text::Hyphenator* hyphenator)
      : fonts_(fonts), shapes_(shapes), hyphenator_(hyphenator) {}

  std::vector<Line> build(const ParagraphSpec& spec) const;

 private:
  const font::FontDb& fonts_;
  text::ShapeCache& shapes_;
  const text::Hyphenator* hyphenator_;
};

}  // namespace folio::para
