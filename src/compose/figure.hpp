// A figure set as one block: its picture scaled to the measure (a column, or the text area for a
// wide figure), never taller than the layout's `figures.max-height` (then narrowed and centred),
// its caption under it in the `caption` style with the style sheet's label ("Figure 2."), the
// whole a whole number of grid lines high so the text below stays on the grid. Warns, once per
// picture, when the picture has fewer pixels per inch than the layout's `figures.min-ppi`.
#pragma once

#include <set>
#include <string>

#include "compose/context.hpp"
#include "frame/frame.hpp"
#include "input/document.hpp"

namespace folio::compose {

class FigureSetter {
 public:
  explicit FigureSetter(const Context& cx) : cx_(cx) {}

  // The figure's block: origin at its top-left corner, `measure` wide; the picture at most `room`
  // high with its caption under it, then `space_below` (the layout's `figures.space` in a
  // column), the whole rounded up to the grid of step `grid` (0: none). The space below is part
  // of the block, so that a figure floated to the top of a column keeps it from the text under it.
  frame::Frame set(const input::Block& figure, Sp measure, Sp grid, Sp room, Sp space_below);

 private:
  std::vector<frame::Frame> caption(const input::Block& figure, Sp measure);
  void check_resolution(const input::Block& figure, const image::Picture& picture, Sp width);

  const Context& cx_;
  int number_ = 0;               // figures set so far: the label's {n}
  std::set<std::string> warned_;  // pictures already warned about
};

}  // namespace folio::compose
