// Total-fit line breaking after Knuth and Plass (1981) and TeX's line_break (tex.web §813-890):
// a forward pass over the legal breakpoints keeping a list of active nodes (breaks a line may
// start from), each with the least total demerits of any breaking that ends there.
#include "para/knuth_plass.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <stdexcept>

namespace folio::para {
namespace {

constexpr double kInfBad = 10000;
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// The final pass accepts lines that break the rules (beyond tolerance, overfull, too many
// hyphens in a row) rather than fail, but each such line costs this much: more than any
// paragraph of lawful lines can, so rule-breaking lines appear only when no lawful breaking
// exists, and then as few of them as possible. An overfull line costs this once more per point
// of overflow, so among overfull choices the least overfull wins.
constexpr double kRescueDemerits = 1e13;

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

struct LineFit {
  bool overfull;
  double badness;  // with emergency stretch
  double ratio;    // without: what the line will actually be set at
  int fitness;
  Sp overflow;
};

LineFit fit_line(Sp shortfall, Sp stretch, bool fil, Sp shrink, Sp emergency) {
  if (shortfall > 0) {
    if (fil) return {false, 0, 0, static_cast<int>(Fitness::Decent), 0};
    // With no glue to stretch, the line is set at natural width (ratio 0), underfull.
    const double ratio = stretch > 0 ? static_cast<double>(shortfall) / static_cast<double>(stretch) : 0;
    const Sp total = stretch + emergency;
    const double r = total > 0 ? static_cast<double>(shortfall) / static_cast<double>(total) : kInfBad;
    const Fitness f = r > 1 ? Fitness::VeryLoose : r > 0.5 ? Fitness::Loose : Fitness::Decent;
    return {false, total > 0 ? badness(r) : kInfBad, ratio, static_cast<int>(f), 0};
  }
  if (shortfall < 0) {
    if (-shortfall > shrink) {
      // Overfull lines are set with all glue fully shrunk, as TeX's hpack does.
      return {true, kInfBad, -1, static_cast<int>(Fitness::Tight), -shortfall - shrink};
    }
    const double r = static_cast<double>(shortfall) / static_cast<double>(shrink);
    return {false, badness(r), r, static_cast<int>(r < -0.5 ? Fitness::Tight : Fitness::Decent), 0};
  }
  return {false, 0, 0, static_cast<int>(Fitness::Decent), 0};
}

bool is_forced(const Item& item) { return item.type == Item::Type::Penalty && item.penalty <= -kInfPenalty; }

class Breaker {
 public:
  Breaker(const std::vector<Item>& items, const std::vector<Sp>& widths, const BreakerParams& params,
          bool final_pass)
      : items_(items), widths_(widths), params_(params), final_pass_(final_pass) {
    // badness(r) > tolerance exactly when r > cbrt(tolerance / 100); the margin keeps the quick
    // test conservative against rounding. Infinite when every underfull line must be tried.
    if (!final_pass && params.tolerance < kInfBad) {
      max_ratio_ = std::cbrt(std::max(0.0, params.tolerance) / 100) * (1 + 1e-9);
    }
  }

  std::optional<BreakResult> run();

 private:
  bool legal(std::size_t j) const;
  Sp measure(std::size_t line) const { return widths_[std::min(line, widths_.size() - 1)]; }
  std::size_t start_after(std::size_t j) const;
  Breakpoint breakpoint(std::size_t j) const;
  void try_line(const Active& a, const Breakpoint& b, bool& deactivate);
  void add_candidate(const Candidate& c);
  void flush_candidates(std::size_t j);

  const std::vector<Item>& items_;
  const std::vector<Sp>& widths_;
  const BreakerParams& params_;
  const bool final_pass_;
  double max_ratio_ = std::numeric_limits<double>::infinity();
  std::vector<Sums> sums_;
  std::vector<Active> active_;
  std::vector<Passive> passive_;
  std::vector<Candidate> candidates_;
};

bool Breaker::legal(std::size_t j) const {
  const Item& item = items_[j];
  switch (item.type) {
    case Item::Type::Glue:
      return j > 0 && items_[j - 1].type == Item::Type::Box;
    case Item::Type::Penalty:
      if (item.penalty >= kInfPenalty) return false;
      return !item.flagged || params_.allow_flagged || item.penalty <= -kInfPenalty;
    case Item::Type::Box:
      break;
  }
  return false;
}

// TeX's break width: the next line starts at the first box (or forced break) after j.
std::size_t Breaker::start_after(std::size_t j) const {
  std::size_t k = j + 1;
  while (k < items_.size() && items_[k].type != Item::Type::Box && !is_forced(items_[k])) ++k;
  return k;
}

Breakpoint Breaker::breakpoint(std::size_t j) const {
  const Item& item = items_[j];
  Breakpoint b{j, sums_[j], 0, 0, false, j + 1 == items_.size()};
  if (item.type == Item::Type::Penalty) {
    b.width = item.width;
    b.flagged = item.flagged;
    const double p2 = static_cast<double>(item.penalty) * item.penalty;
    if (item.penalty > 0) b.demerits = p2;
    if (item.penalty < 0 && item.penalty > -kInfPenalty) b.demerits = -p2;
  }
  return b;
}

void Breaker::try_line(const Active& a, const Breakpoint& b, bool& deactivate) {
  if (b.index < a.start) return;  // only discardable items since a: no line to set
  const Sums& s = a.before;
  const Sums& e = b.sums;
  const Sp natural = e.width - s.width + b.width;
  const Sp shortfall = a.measure - natural;
  const Sp stretch = e.stretch - s.stretch;
  // Most lines tried are far too loose (a node stays active until its line is overfull):
  // reject them before any division.
  if (shortfall > 0 && e.fil == s.fil &&
      static_cast<double>(shortfall) >
          max_ratio_ * static_cast<double>(stretch + params_.emergency_stretch)) {
    return;
  }
  const LineFit fit =
      fit_line(shortfall, stretch, e.fil > s.fil, e.shrink - s.shrink, params_.emergency_stretch);
  // A line from `a` only grows as j advances: once overfull, `a` is done (TeX's deactivation).
  if (fit.overfull) deactivate = true;

  double rescue = 0;
  if (fit.overfull)
    rescue += kRescueDemerits * (1 + static_cast<double>(fit.overflow) / kSpPerPt);
  else if (fit.badness > params_.tolerance)
    rescue += kRescueDemerits;
  const int run = b.flagged ? a.run + 1 : 0;
  if (run > params_.max_hyphen_run) rescue += kRescueDemerits;
  if (rescue > 0 && !final_pass_) return;

  double d = params_.line_penalty + fit.badness;
  d = d * d + b.demerits;
  if (a.run > 0) {
    if (b.last) {
      d += params_.final_hyphen_demerits;
    } else if (b.flagged) {
      d += params_.double_hyphen_demerits;
    }
  }
  if (std::abs(fit.fitness - a.fitness) > 1) d += params_.adj_demerits;

  const std::size_t line = a.line + 1;
  add_candidate(Candidate{std::min(line, widths_.size() - 1), fit.fitness, run, line, a.total + d + rescue,
                          fit.ratio, a.passive});
}

void Breaker::add_candidate(const Candidate& c) {
  for (Candidate& old : candidates_) {
    if (old.line_class == c.line_class && old.fitness == c.fitness && old.run == c.run) {
      if (c.total < old.total) old = c;  // ties: the earlier active node wins
      return;
    }
  }
  candidates_.push_back(c);
}

void Breaker::flush_candidates(std::size_t j) {
  // TeX's pruning (§836): a node can later gain at most adj_demerits on another node at the
  // same break and line class; with no longer a hyphen run, the other one dominates it.
  const double adj = std::abs(static_cast<double>(params_.adj_demerits));
  const std::size_t start = start_after(j);
  const bool hyphenated = items_[j].type == Item::Type::Penalty && items_[j].flagged;
  // Nodes at one break go in key order, so that ties between them later resolve the same way
  // whatever other candidates (such as rescued lines) came and went.
  std::sort(candidates_.begin(), candidates_.end(), [](const Candidate& x, const Candidate& y) {
    if (x.line_class != y.line_class) return x.line_class < y.line_class;
    if (x.fitness != y.fitness) return x.fitness < y.fitness;
    return x.run < y.run;
  });
  for (const Candidate& c : candidates_) {
    bool dominated = false;
    for (const Candidate& o : candidates_) {
      if (o.line_class == c.line_class && o.run <= c.run && o.total + adj < c.total) {
        dominated = true;
        break;
      }
    }
    if (dominated) continue;
    passive_.push_back(Passive{j, c.prev, c.ratio, static_cast<Fitness>(c.fitness), hyphenated});
    active_.push_back(
        Active{start, sums_[start], measure(c.line), c.line, c.fitness, c.run, c.total, passive_.size() - 1});
  }
  candidates_.clear();
}

std::optional<BreakResult> Breaker::run() {
  const std::size_t n = items_.size();
  sums_.resize(n + 1);
  for (std::size_t i = 0; i < n; ++i) {
    Sums next = sums_[i];
    const Item& item = items_[i];
    if (item.type == Item::Type::Box) {
      next.width += item.width;
    } else if (item.type == Item::Type::Glue) {
      next.width += item.width;
      next.shrink += item.shrink;
      if (item.stretch >= kInfStretch) {
        ++next.fil;
      } else {
        next.stretch += item.stretch;
      }
    }
    sums_[i + 1] = next;
  }

  // The paragraph starts like a break with a decent line before it (TeX §864).
  active_.push_back(Active{0, sums_[0], measure(0), 0, static_cast<int>(Fitness::Decent), 0, 0, kNone});
  std::size_t head = 0;  // active_[0, head) have retired
  for (std::size_t j = 0; j < n; ++j) {
    if (!legal(j)) continue;
    // No line may run across a forced break: every node before it retires here.
    const bool forced = is_forced(items_[j]);
    const Breakpoint point = breakpoint(j);
    // Retire nodes in place, keeping the order. The oldest nodes retire first, so a retired
    // prefix is skipped by moving `head` rather than by shifting every node after it.
    Active* nodes = active_.data();
    const std::size_t count = active_.size();
    std::size_t kept = head;
    bool leading = true;
    for (std::size_t i = head; i < count; ++i) {
      bool deactivate = forced;
      try_line(nodes[i], point, deactivate);
      if (deactivate) continue;
      if (leading) {
        head = kept = i;
        leading = false;
      } else if (kept != i) {
        nodes[kept] = nodes[i];
      }
      ++kept;
    }
    if (leading) head = kept = count;
    active_.resize(kept);
    if (head > 64 && head > active_.size() / 2) {  // drop the retired prefix now and then
      active_.erase(active_.begin(), active_.begin() + static_cast<std::ptrdiff_t>(head));
      head = 0;
    }
    flush_candidates(j);
    if (active_.size() == head) return std::nullopt;
  }

  const Active* best = nullptr;
  for (std::size_t i = head; i < active_.size(); ++i) {
    if (!best || active_[i].total < best->total) best = &active_[i];
  }
  BreakResult result;
  result.demerits = best->total;
  for (std::size_t p = best->passive; p != kNone; p = passive_[p].prev) {
    const Passive& q = passive_[p];
    result.breaks.push_back(LineBreak{q.index, q.ratio, q.fitness, q.hyphenated});
  }
  std::reverse(result.breaks.begin(), result.breaks.end());
  return result;
}

void check_input(const std::vector<Item>& items, const std::vector<Sp>& line_widths) {
  if (line_widths.empty()) throw std::invalid_argument("break_lines: no line widths");
  if (!items.empty() && !is_forced(items.back())) {
    throw std::invalid_argument("break_lines: the item list must end with a forced break");
  }
}

}  // namespace

double badness(double ratio) {
  if (ratio < -1) return std::numeric_limits<double>::infinity();
  const double r = std::abs(ratio);
  return std::min(kInfBad, 100 * r * r * r);
}

std::optional<BreakResult> break_lines(const std::vector<Item>& items, const std::vector<Sp>& line_widths,
                                       const BreakerParams& params) {
  check_input(items, line_widths);
  if (items.empty()) return BreakResult{};
  return Breaker(items, line_widths, params, false).run();
}

// The final pass runs in rescue mode (see kRescueDemerits). Rather than TeX's artificial
// demerits, which accept an overfull line only when the active list would otherwise empty,
// every rule-breaking line is a candidate at a prohibitive price, so the rescue keeps the
// paragraph's other lines optimal and prefers underfull lines to overfull ones. Whenever a
// lawful breaking exists it costs less, so the final pass then returns the same breaks as an
// ordinary pass with the same parameters.
BreakResult break_lines_in_passes(const std::vector<Item>& items, const std::vector<Sp>& line_widths,
                                  double pretolerance, const BreakerParams& params) {
  check_input(items, line_widths);
  if (items.empty()) return BreakResult{};
  BreakerParams second = params;
  second.emergency_stretch = 0;
  if (pretolerance >= 0) {
    BreakerParams first = second;
    first.tolerance = pretolerance;
    first.allow_flagged = false;
    if (auto result = Breaker(items, line_widths, first, false).run()) return *result;
  }
  const bool third = params.emergency_stretch > 0;
  if (third) {
    if (auto result = Breaker(items, line_widths, second, false).run()) return *result;
  }
  // Every node that retires leaves a candidate in rescue mode, so the active list never empties.
  auto result = Breaker(items, line_widths, third ? params : second, true).run();
  if (!result) throw std::logic_error("break_lines_in_passes: rescue pass failed");
  return *result;
}

}  // namespace folio::para
