// Typeset material waiting for pagination: each Slot is one flow box (a body line, a heading
// block, a rule) with its lines positioned relative to the slot's top-left corner.
#pragma once

#include <string>
#include <vector>

#include "common/color.hpp"
#include "flow/paginator.hpp"
#include "para/paragraph.hpp"

namespace folio::pipeline {

struct SlotLine {
  para::Line line;
  std::string style;
  Sp x = 0;         // from the slot's left edge
  Sp baseline = 0;  // from the slot's top
  Sp measure = 0;
  bool last_of_paragraph = false;
};

struct SlotRule {
  Sp x = 0, y = 0, width = 0, height = 0;
  Color color;
};

struct Slot {
  Sp height = 0;
  std::vector<SlotLine> lines;
  std::vector<SlotRule> rules;
  int heading_level = 0;  // > 0: a heading, listed in the outline (level 1 also in the contents)
  std::string heading_title;
};

struct Galley {
  std::vector<Slot> slots;
  std::vector<flow::FlowItem> items;  // boxes carry slot indices as payload
};

// Where a line's baseline sits in a slot of height `leading` for text of `size`: the
// x-height band centred, the same in every column so baselines line up.
inline Sp baseline_in_slot(Sp leading, Sp size) { return leading / 2 + size * 3 / 10; }

}  // namespace folio::pipeline
