// The "In this issue" list on page 1: every level-1 heading with its page number, titles ragged
// left of right-aligned numbers and dot leaders on a common grid.
#pragma once

#include <string>
#include <vector>

#include "compose/context.hpp"
#include "compose/galley.hpp"
#include "flow/paginator.hpp"
#include "frame/frame.hpp"

namespace folio::compose {

struct ContentsEntry {
  std::string title;
  int page = 0;  // 1-based; 0 while not yet known (room for two digits is kept)
};

// One entry per level-1 heading of the galley, in order, pages not yet known.
std::vector<ContentsEntry> contents_entries(const Galley& galley);

// Gives each entry the page pagination put its heading on.
void number_entries(std::vector<ContentsEntry>& entries, const Galley& galley, const flow::FlowResult& flowed);

// Sets the list's title and entries in `region` from `y` down, at most to half the page (the body
// must still start on page 1: the rest are summed up as "... and N more"). Returns the y below it.
Sp set_contents(frame::Frame& region, const std::vector<ContentsEntry>& entries, Sp y, const Context& cx);

}  // namespace folio::compose
