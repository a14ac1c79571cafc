// Typeset material waiting for pagination: each Slot is one flow box (a body line, a heading
// block, a rule), a frame with its origin at the slot's top-left corner.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "flow/vertical_list.hpp"
#include "frame/frame.hpp"

namespace folio::pipeline {

struct Slot {
  frame::Frame frame;  // frame.height: the height the slot takes in its column
  frame::Role role = frame::Role::None;
  std::optional<std::string> outline;  // a heading's first slot: its title, for the outline and the contents
};

struct Galley {
  std::vector<Slot> slots;
  std::vector<flow::FlowItem> items;  // boxes carry slot indices as payload
};

// Where a line's baseline sits in a slot of height `leading` for text of `size`: the
// x-height band centred, the same in every column so baselines line up.
inline Sp baseline_in_slot(Sp leading, Sp size) { return leading / 2 + size * 3 / 10; }

}  // namespace folio::pipeline
