// Where things sit on a page of a layout: the text width, each column's left edge, a line's
// baseline in its line space. Shared by the galley, the masthead, the furniture and page assembly.
#pragma once

#include "common/units.hpp"
#include "style/page_template.hpp"

namespace folio::compose {

// Between the left and right margins: the masthead, the contents and the furniture span it.
inline Sp text_width(const style::PageTemplate& page) {
  return page.width - page.margins.left - page.margins.right;
}

inline Sp column_x(const style::PageTemplate& page, int column) {
  return page.margins.left + column * (page.column_width() + page.gutter);
}

// Where a line's baseline sits in a line space `leading` high for text of `size`: the x-height
// band centred, the same in every column so baselines line up.
inline Sp baseline_in_leading(Sp leading, Sp size) { return leading / 2 + size * 3 / 10; }

}  // namespace folio::compose
