// A frame read the way backends read a page: every item with its position in the outermost
// frame, each kind in paint order. The groups are walked, not copied: a Placed points into
// the frame, so a Flat must not outlive the frame it was made from.
#pragma once

#include <string_view>
#include <vector>

#include "frame/frame.hpp"

namespace folio::frame {

template <typename T>
struct Placed {
  Point at;  // the item's point in the flattened frame (on a page: from its top-left corner)
  const T* item = nullptr;
  Role role = Role::None;   // the item's own role, else that of the nearest group that has one
  std::string_view region;  // the nearest enclosing region; "" outside any
  const T& operator*() const { return *item; }
  const T* operator->() const { return item; }
};

struct Flat {
  std::vector<Placed<GlyphRun>> runs;
  std::vector<Placed<Rule>> rules;
  std::vector<Placed<Link>> links;
  std::vector<Placed<Image>> images;
  std::vector<Placed<Anchor>> anchors;
  std::vector<Placed<LineInfo>> lines;  // at: the line's left edge on its baseline
  // Groups that carry a role of their own (a table row, a cell, a note), outermost first: what
  // tagged PDF will make structure elements of. at: the group's origin.
  std::vector<Placed<Frame>> groups;
};

Flat flatten(const Frame& frame);

}  // namespace folio::frame
