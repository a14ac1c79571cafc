// The "In this issue" list on page 1: the headings of the levels the layout names (masthead
// `contents-level`, `contents-depth`) with their page numbers, titles ragged left of right-aligned
// numbers and dot leaders on a common grid; a deeper level is indented.
#pragma once

#include <string>
#include <vector>

#include "compose/context.hpp"
#include "input/document.hpp"
#include "frame/frame.hpp"

namespace folio::compose {

struct ContentsEntry {
  std::string title;
  int page = 0;  // 1-based; 0 while not yet known (room for two digits is kept)
  int depth = 0;  // 0: the listed level; 1: the level below it, indented
  int heading = -1;  // its heading's index in the document's headings (input::Document::headings)
};

// The heading levels the list holds: [first, last]. `contents-level: auto` is level 1, or level 2
// when the issue has only one level-1 heading (its title over sections).
struct ContentsLevels {
  int first = 1, last = 1;
};
ContentsLevels contents_levels(const std::vector<input::Heading>& headings, const style::Masthead& masthead);

// One entry per heading of those levels, in order, pages not yet known.
std::vector<ContentsEntry> contents_entries(const std::vector<input::Heading>& headings, const ContentsLevels& levels);

// Gives each entry the page its heading was set on (`pages`: by heading index, 0 where unknown);
// drops the entries of headings that set no line (nothing of them is on any page).
void number_entries(std::vector<ContentsEntry>& entries, const std::vector<int>& pages);

// Sets the list's title and entries in `region` from `y` down, at most to half the page (the body
// must still start on page 1: the rest are summed up as "... and N more"). Returns the y below it.
Sp set_contents(frame::Frame& region, const std::vector<ContentsEntry>& entries, Sp y, const Context& cx);

}  // namespace folio::compose
