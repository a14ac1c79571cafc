// One pass of total-fit breaking: a forward sweep over the legal breakpoints keeping a list of
// active nodes (breaks a line may start from), each with the least total demerits of any
// breaking that ends there.
#include "para/knuth_plass_breaker.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace folio::para {

double badness(double ratio) {
  if (ratio < -1) return std::numeric_limits<double>::infinity();
  const double r = std::abs(ratio);
  return std::min(detail::kInfBad, 100 * r * r * r);
}

}  // namespace folio::para

namespace folio::para::detail {
namespace {

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

}  // namespace

Breaker::Breaker(const std::vector<Item>& items, const std::vector<Sp>& widths, const BreakerParams& params,
                 bool final_pass)
    : items_(items), widths_(widths), params_(params), final_pass_(final_pass) {
  // badness(r) > tolerance exactly when r > cbrt(tolerance / 100); the margin keeps the quick
  // test conservative against rounding. Infinite when every underfull line must be tried.
  if (!final_pass && params.tolerance < kInfBad) {
    max_ratio_ = std::cbrt(std::max(0.0, params.tolerance) / 100) * (1 + 1e-9);
  }
  uniform_from_ = widths.size() - 1;
  while (uniform_from_ > 0 && widths[uniform_from_ - 1] == widths.back()) --uniform_from_;
}

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

// Returns true when the line is too loose to consider (and not a rescue candidate).
bool Breaker::try_line(const Active& a, const Breakpoint& b, bool& deactivate) {
  if (b.index < a.start) return false;  // only discardable items since a: no line to set
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
    return true;
  }
  const LineFit fit =
      fit_line(shortfall, stretch, e.fil > s.fil, e.shrink - s.shrink, params_.emergency_stretch);
  // A line from `a` only grows as j advances: once overfull, `a` is done (TeX's deactivation,
  // kept as TeX's rule even when negative widths could make a later line fit again).
  if (fit.overfull) deactivate = true;

  double rescue = 0;
  if (fit.overfull)
    // Text in the gutter is worse than any loose line: each point of overflow weighs as much
    // as ten units of a loose line's ratio.
    rescue += kRescueDemerits * (1 + 10 * static_cast<double>(fit.overflow) / kSpPerPt);
  else if (fit.badness > params_.tolerance)
    // Looser costs more, so the rescue spreads the slack over lines instead of leaving one
    // line with huge gaps.
    rescue += kRescueDemerits *
              (1 + static_cast<double>(shortfall) /
                       static_cast<double>(std::max<Sp>(kSpPerPt, stretch + params_.emergency_stretch)));
  const int run = b.flagged ? a.run + 1 : 0;
  // A third hyphen in a row is a rule broken in plain sight: dearer than any loose line,
  // as dear as 10 pt of overflow.
  if (run > params_.max_hyphen_run) rescue += 100 * kRescueDemerits;
  if (rescue > 0 && !final_pass_) return false;

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
  return false;
}

void Breaker::try_all(const Breakpoint& b, bool forced) {
  // Lines from nodes after a too-loose one start later, so they are looser still when widths
  // and stretch are non-negative and the nodes share its measure: stop there.
  const bool can_stop = !forced && monotone_ && narrow_nodes_ == 0;
  // Retire nodes in place, keeping the order. The oldest nodes retire first, so a retired
  // prefix is skipped by moving head_ rather than by shifting every node after it.
  Active* nodes = active_.data();
  const std::size_t count = active_.size();
  std::size_t kept = head_;
  bool leading = true;
  for (std::size_t i = head_; i < count; ++i) {
    bool deactivate = forced;
    const bool loose = try_line(nodes[i], b, deactivate);
    if (deactivate) {
      if (nodes[i].line < uniform_from_) --narrow_nodes_;
      continue;
    }
    if (loose && can_stop) {
      if (leading) {
        head_ = i;
        kept = count;
      } else {
        if (kept != i) std::move(nodes + i, nodes + count, nodes + kept);
        kept += count - i;
      }
      leading = false;
      break;
    }
    if (leading) {
      head_ = kept = i;
      leading = false;
    } else if (kept != i) {
      nodes[kept] = nodes[i];
    }
    ++kept;
  }
  if (leading) head_ = kept = count;
  active_.resize(kept);
  if (head_ > 64 && head_ > active_.size() / 2) {  // drop the retired prefix now and then
    active_.erase(active_.begin(), active_.begin() + static_cast<std::ptrdiff_t>(head_));
    head_ = 0;
  }
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
    if (c.line < uniform_from_) ++narrow_nodes_;
  }
  candidates_.clear();
  if (passive_.size() >= compact_at_) drop_dead_passive();
}

// Breaks no active node leads back to can never be part of the result. Without dropping them,
// a paragraph of n breakpoints keeps several passive nodes per breakpoint: 100 MB for one
// 500 KB word cut at every character (docs/limits.md). Indices shrink but keep their order
// (prev < self), so the breaks found are the same.
void Breaker::drop_dead_passive() {
  std::vector<std::size_t> renumber(passive_.size(), kNone);
  for (std::size_t i = head_; i < active_.size(); ++i)
    for (std::size_t p = active_[i].passive; p != kNone && renumber[p] == kNone; p = passive_[p].prev)
      renumber[p] = 0;  // alive
  std::size_t kept = 0;
  for (std::size_t p = 0; p < passive_.size(); ++p) {
    if (renumber[p] == kNone) continue;
    Passive q = passive_[p];
    if (q.prev != kNone) q.prev = renumber[q.prev];
    renumber[p] = kept;
    passive_[kept++] = q;
  }
  passive_.resize(kept);
  passive_.shrink_to_fit();
  for (std::size_t i = head_; i < active_.size(); ++i)
    if (active_[i].passive != kNone) active_[i].passive = renumber[active_[i].passive];
  compact_at_ = std::max<std::size_t>(1 << 16, 2 * kept);  // amortised: linear in the paragraph
}

std::optional<BreakResult> Breaker::run() {
  const std::size_t n = items_.size();
  sums_.resize(n + 1);
  for (std::size_t i = 0; i < n; ++i) {
    Sums next = sums_[i];
    const Item& item = items_[i];
    if (item.type != Item::Type::Penalty && (item.width < 0 || item.stretch < 0)) monotone_ = false;
    if (item.type == Item::Type::Box) {
      next.width += item.width;
      next.stretch += item.stretch;  // font expansion
      next.shrink += item.shrink;
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
  if (uniform_from_ > 0) ++narrow_nodes_;
  for (std::size_t j = 0; j < n; ++j) {
    if (!legal(j)) continue;
    // No line may run across a forced break: every node before it retires here.
    const bool forced = is_forced(items_[j]);
    const Breakpoint point = breakpoint(j);
    try_all(point, forced);
    flush_candidates(j);
    if (active_.size() == head_) return std::nullopt;
  }

  const Active* best = nullptr;
  for (std::size_t i = head_; i < active_.size(); ++i) {
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

}  // namespace folio::para::detail
