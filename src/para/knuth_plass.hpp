// Total-fit line breaking (Knuth and Plass, 1981) over boxes, glue and penalties. Knows
// nothing of fonts or text, so it is tested on synthetic item lists with exact breakpoints.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "common/units.hpp"

namespace folio::para {

constexpr int kInfPenalty = 10000;  // >= this: never break; <= -this: always break

struct Item {
  enum class Type { Box, Glue, Penalty };
  Type type = Type::Box;
  Sp width = 0;    // box width, glue natural width, or width added at a break here (hyphen)
  Sp stretch = 0;  // glue; >= kInfStretch behaves as infinite (parfillskip); boxes: font expansion
  Sp shrink = 0;   // glue; boxes: font expansion
  int penalty = 0;       // penalty only
  bool flagged = false;  // penalty only: a hyphenated break

  static Item box(Sp w) { return Item{Type::Box, w, 0, 0, 0, false}; }
  static Item glue(Sp w, Sp stretch, Sp shrink) { return Item{Type::Glue, w, stretch, shrink, 0, false}; }
  static Item penalty_item(Sp w, int p, bool flagged) { return Item{Type::Penalty, w, 0, 0, p, flagged}; }
};

// Stretch at or above this counts as infinite (fil): the line's badness is 0.
constexpr Sp kInfStretch = Sp(1) << 40;

struct BreakerParams {
  double tolerance = 200;  // max badness of a line (TeX's \tolerance)
  int line_penalty = 10;
  int adj_demerits = 10000;
  int double_hyphen_demerits = 10000;
  int final_hyphen_demerits = 5000;
  Sp emergency_stretch = 0;  // added to every line's stretch when computing badness
  int max_hyphen_run = 2;    // a break that makes more consecutive flagged lines is infeasible
  bool allow_flagged = true;  // false: flagged penalties are not break candidates (TeX's first pass)
};

enum class Fitness { Tight = 0, Decent = 1, Loose = 2, VeryLoose = 3 };

struct LineBreak {
  std::size_t index = 0;  // the item the line breaks at (a glue or penalty); the last is items.size()-1
  double ratio = 0;       // adjustment ratio of the line ending here (negative: shrunk)
  Fitness fitness = Fitness::Decent;
  bool hyphenated = false;  // ends at a flagged penalty
};

struct BreakResult {
  std::vector<LineBreak> breaks;  // one per line, in order
  double demerits = 0;
};

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

// Badness as TeX computes it: 100 |r|^3, capped at 10000 (and "infinite" for r < -1).
double badness(double ratio);

}  // namespace folio::para
