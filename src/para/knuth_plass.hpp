// Total-fit line breaking (Knuth and Plass, 1981) over boxes, glue and penalties. Knows
// nothing of fonts or text, so it is tested on synthetic item lists with exact breakpoints.
#pragma once

#include <optional>
#include <vector>

#include "common/units.hpp"
#include "para/knuth_plass_types.hpp"

namespace folio::para {

// line_widths[i] is the measure of line i; the last entry applies to all later lines.
// The list must end with a forced break (penalty -inf), normally preceded by
// glue(0, kInfStretch, 0) and penalty(+inf). Returns nullopt when no way of breaking keeps
// every line's badness within tolerance (callers then retry with looser parameters).
std::optional<BreakResult> break_lines(const std::vector<Item>& items, const std::vector<Sp>& line_widths,
                                       const BreakerParams& params);

// TeX's passes: no hyphenation at `pretolerance` (skipped when < 0), then `params` as given,
// then with emergency stretch. The last pass cannot fail: overfull lines are
// allowed (badness capped), so it always returns breaks.
BreakResult break_lines_in_passes(const std::vector<Item>& items, const std::vector<Sp>& line_widths,
                                  double pretolerance, const BreakerParams& params);

}  // namespace folio::para
