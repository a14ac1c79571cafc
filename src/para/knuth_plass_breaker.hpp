// The breaker behind knuth_plass.hpp: one pass of total-fit breaking over an item list, with
// TeX's active list (line_break, tex.web §813-890). Internal to src/para/.
#pragma once

#include <algorithm>
#include <cstddef>
#include <limits>
#include <optional>
#include <vector>

#include "para/knuth_plass_types.hpp"

namespace folio::para::detail {

constexpr double kInfBad = 10000;
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// The final pass accepts lines that break the rules (beyond tolerance, overfull, too many
// hyphens in a row) rather than fail, but each such line costs this much: more than any
// paragraph of lawful lines can, so rule-breaking lines appear only when no lawful breaking
// exists, and then as few of them as possible. An overfull line costs this once more per point
// of overflow, so among overfull choices the least overfull wins.
constexpr double kRescueDemerits = 1e13;

inline bool is_forced(const Item& item) {
  return item.type == Item::Type::Penalty && item.penalty <= -kInfPenalty;
}

// Running totals of everything before an item; fil counts glue of infinite stretch.
struct Sums {
  Sp width = 0;
  Sp stretch = 0;
  Sp shrink = 0;
  Sp fil = 0;
};

// A chosen break, linked to the break that ends the previous line.
struct Passive {
  std::size_t index;
  std::size_t prev;  // kNone for the first line
  double ratio;
  Fitness fitness;
  bool hyphenated;
};

// A break the next line may start from.
struct Active {
  std::size_t start;    // first item of the next line (glue and penalties after the break dropped)
  Sums before;          // the running totals at `start`, copied here for the inner loop
  Sp measure;           // of the next line
  std::size_t line;     // lines set so far
  int fitness;          // of the line ending here
  int run;              // consecutive flagged line ends up to here
  double total;         // least demerits of any breaking up to here
  std::size_t passive;  // kNone at the paragraph start
};

// What lines ending at one legal breakpoint share.
struct Breakpoint {
  std::size_t index;
  Sums sums;        // before the item
  Sp width;         // added to a line ending here (a hyphen)
  double demerits;  // the penalty's share: +p^2 or -p^2
  bool flagged;
  bool last;
};

// The best line found so far that ends at the current breakpoint, per node class.
struct Candidate {
  std::size_t line_class;
  int fitness;
  int run;
  std::size_t line;
  double total;
  double ratio;
  std::size_t prev;
};

class Breaker {
 public:
  Breaker(const std::vector<Item>& items, const std::vector<Sp>& widths, const BreakerParams& params,
          bool final_pass);

  std::optional<BreakResult> run();

 private:
  bool legal(std::size_t j) const;
  Sp measure(std::size_t line) const { return widths_[std::min(line, widths_.size() - 1)]; }
  std::size_t start_after(std::size_t j) const;
  Breakpoint breakpoint(std::size_t j) const;
  bool try_line(const Active& a, const Breakpoint& b, bool& deactivate);
  void try_all(const Breakpoint& b, bool forced);
  void add_candidate(const Candidate& c);
  void flush_candidates(std::size_t j);
  void drop_dead_passive();

  const std::vector<Item>& items_;
  const std::vector<Sp>& widths_;
  const BreakerParams& params_;
  const bool final_pass_;
  double max_ratio_ = std::numeric_limits<double>::infinity();
  bool monotone_ = true;          // no negative width or stretch in the paragraph
  std::size_t uniform_from_ = 0;  // lines from this one on all have the same measure
  std::size_t narrow_nodes_ = 0;  // active nodes whose next line comes before uniform_from_
  std::size_t head_ = 0;          // active_[0, head_) have retired
  std::vector<Sums> sums_;
  std::vector<Active> active_;
  std::vector<Passive> passive_;
  std::size_t compact_at_ = 1 << 16;  // passive_'s size that triggers drop_dead_passive()
  std::vector<Candidate> candidates_;
};

}  // namespace folio::para::detail
