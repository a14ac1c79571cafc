// The vertical list the paginator breaks: boxes (lines, blocks), glue (space) and penalties,
// as TeX's vertical mode sees them. Knows nothing of what a box holds: the caller's payload
// says.
#pragma once

#include "common/units.hpp"

namespace folio::flow {

constexpr int kNever = 10000;    // a penalty >= this forbids a break
constexpr int kForce = -10000;   // a penalty <= this forces a column break

struct FlowItem {
  enum class Type { Box, Glue, Penalty };
  Type type = Type::Box;
  Sp height = 0;     // Box: the height it occupies; Glue: space (dropped at a column top or foot)
  int penalty = 0;   // Penalty: cost of breaking here
  int payload = -1;  // Box: the caller's index for what this box is (a line, a heading block)

  static FlowItem box(Sp h, int payload) { return FlowItem{Type::Box, h, 0, payload}; }
  static FlowItem glue(Sp h) { return FlowItem{Type::Glue, h, 0, -1}; }
  static FlowItem penalty_item(int p) { return FlowItem{Type::Penalty, 0, p, -1}; }
};

// Breaks are legal at a Glue directly after a Box, and at a Penalty below kNever (its
// height is 0). Material after a break starts at the next column's top with leading Glue and
// Penalties discarded.

}  // namespace folio::flow
