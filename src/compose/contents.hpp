// The "In this issue" list on page 1: the headings of the levels the layout names (masthead
// `contents-level`, `contents-depth`) with their page numbers, titles ragged left of right-aligned
// numbers and dot leaders on a common grid; a deeper level is indented.
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
  int depth = 0;  // 0: the listed level; 1: the level below it, indented
};

// The heading levels the list holds: [first, last]. `contents-level: auto` is level 1, or level 2
// when the issue has only one level-1 heading (its title over sections).
struct ContentsLevels {
  int first = 1, last = 1;
};
ContentsLevels contents_levels(const Galley& galley, const style::Masthead& masthead);

// One entry per heading of those levels in the galley, in order, pages not yet known.
std::vector<ContentsEntry> contents_entries(const Galley& galley, const ContentsLevels& levels);

// Gives each entry the page pagination put its heading on.
void number_entries(std::vector<ContentsEntry>& entries, const Galley& galley, const ContentsLevels& levels,
                    const flow::FlowResult& flowed);

// Sets the list's title and entries in `region` from `y` down, at most to half the page (the body
// must still start on page 1: the rest are summed up as "... and N more"). Returns the y below it.
Sp set_contents(frame::Frame& region, const std::vector<ContentsEntry>& entries, Sp y, const Context& cx);

}  // namespace folio::compose
