// The vocabulary of total-fit line breaking (knuth_plass.hpp): boxes, glue and penalties, the
// breaker's parameters and the breaks it returns. Shared by the entry points and the breaker
// behind them, so neither includes the other.
#pragma once

#include <cstddef>
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

// Badness as TeX computes it: 100 |r|^3, capped at 10000 (and "infinite" for r < -1).
double badness(double ratio);

}  // namespace folio::para
