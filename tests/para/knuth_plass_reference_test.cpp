// Cross-check of the breaker against exhaustive search on small random paragraphs: the search
// tries every sequence of feasible lines, written plainly from the rules (no active list, node
// classes or pruning), so any slip in those shows up as a demerits mismatch.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

#include "para/knuth_plass.hpp"
#include "para/knuth_plass_items.hpp"

namespace folio::para {
namespace {

using testing::kPt;

struct Line {
  bool overfull = false;
  bool feasible = false;
  double demerits = 0;
  int fitness = 1;
};

class Exhaustive {
 public:
  Exhaustive(const std::vector<Item>& items, const std::vector<Sp>& widths, const BreakerParams& params)
      : items_(items), widths_(widths), params_(params) {}

  // The least total demerits, or NaN when no breaking is feasible.
  double solve() {
    search(0, 0, 1, 0, 0);
    return best_;
  }

  // The demerits of given breaks, or NaN if one of its lines is infeasible.
  double evaluate(const std::vector<LineBreak>& breaks) const {
    std::size_t start = 0, line = 0;
    int fitness = 1, run = 0;
    double total = 0;
    for (const LineBreak& b : breaks) {
      const Line l = line_to(start, b.index, line, fitness, run);
      if (!l.feasible) return std::nan("");
      total += l.demerits;
      fitness = l.fitness;
      run = flagged(b.index) ? run + 1 : 0;
      start = next_start(b.index);
      ++line;
    }
    return total;
  }

 private:
  bool forced(std::size_t j) const {
    return items_[j].type == Item::Type::Penalty && items_[j].penalty <= -kInfPenalty;
  }
  bool flagged(std::size_t j) const { return items_[j].type == Item::Type::Penalty && items_[j].flagged; }
  bool legal(std::size_t j) const {
    const Item& it = items_[j];
    if (it.type == Item::Type::Glue) return j > 0 && items_[j - 1].type == Item::Type::Box;
    if (it.type != Item::Type::Penalty || it.penalty >= kInfPenalty) return false;
    return !it.flagged || params_.allow_flagged || forced(j);
  }
  std::size_t next_start(std::size_t j) const {
    std::size_t k = j + 1;
    while (k < items_.size() && items_[k].type != Item::Type::Box && !forced(k)) ++k;
    return k;
  }

  Line line_to(std::size_t start, std::size_t end, std::size_t line, int prev_fitness, int run) const {
    Sp natural = 0, stretch = 0, shrink = 0;
    bool fil = false;
    for (std::size_t k = start; k < end; ++k) {
      if (items_[k].type == Item::Type::Penalty) continue;
      natural += items_[k].width;
      shrink += items_[k].shrink;
      if (items_[k].stretch >= kInfStretch) {
        fil = true;
      } else {
        stretch += items_[k].stretch;
      }
    }
    if (items_[end].type == Item::Type::Penalty) natural += items_[end].width;
    const Sp shortfall = widths_[std::min(line, widths_.size() - 1)] - natural;
    double bad = 0;
    int fitness = 1;
    if (shortfall > 0 && !fil) {
      const Sp total = stretch + params_.emergency_stretch;
      const double r = total > 0 ? double(shortfall) / double(total) : 1e9;
      bad = total > 0 ? badness(r) : 10000;
      fitness = r > 1 ? 3 : r > 0.5 ? 2 : 1;
    } else if (shortfall < 0) {
      if (-shortfall > shrink) return {true};
      const double r = double(shortfall) / double(shrink);
      bad = badness(r);
      fitness = r < -0.5 ? 0 : 1;
    }
    const int new_run = flagged(end) ? run + 1 : 0;
    if (bad > params_.tolerance || new_run > params_.max_hyphen_run) return {};
    double d = (params_.line_penalty + bad) * (params_.line_penalty + bad);
    const Item& brk = items_[end];
    if (brk.type == Item::Type::Penalty && brk.penalty > 0) d += double(brk.penalty) * brk.penalty;
    if (brk.type == Item::Type::Penalty && brk.penalty < 0 && !forced(end))
      d -= double(brk.penalty) * brk.penalty;
    if (run > 0 && end + 1 == items_.size()) d += params_.final_hyphen_demerits;
    if (run > 0 && end + 1 < items_.size() && flagged(end)) d += params_.double_hyphen_demerits;
    if (std::abs(fitness - prev_fitness) > 1) d += params_.adj_demerits;
    return {false, true, d, fitness};
  }

  void search(std::size_t start, std::size_t line, int fitness, int run, double total) {
    for (std::size_t j = start; j < items_.size(); ++j) {
      if (!legal(j)) continue;
      const Line l = line_to(start, j, line, fitness, run);
      if (l.overfull) return;  // TeX's rule: no line from here is tried once one is overfull
      if (l.feasible) {
        if (j + 1 == items_.size()) {
          if (std::isnan(best_) || total + l.demerits < best_) best_ = total + l.demerits;
        } else {
          search(next_start(j), line + 1, l.fitness, flagged(j) ? run + 1 : 0, total + l.demerits);
        }
      }
      if (forced(j)) return;
    }
  }

  const std::vector<Item>& items_;
  const std::vector<Sp>& widths_;
  const BreakerParams& params_;
  double best_ = std::nan("");
};

// Random paragraphs: words with hyphenation points, now and then a tie, a forced break, a
// plain penalty or a negative kern; one to three line widths; assorted parameters. Hard cases
// have longer paragraphs, hyphenation points everywhere, big kerns, short hyphen runs and no
// adj_demerits, where node classes and pruning matter most.
struct Case {
  std::vector<Item> items;
  std::vector<Sp> widths;
  BreakerParams params;
};

Case random_case(std::mt19937& rng, bool hard) {
  auto pick = [&rng](int n) { return static_cast<int>(rng() % static_cast<std::uint32_t>(n)); };
  Case c;
  const int words = hard ? 8 + pick(7) : 3 + pick(8);
  for (int k = 0; k < words; ++k) {
    if (k > 0) {
      const int kind = pick(hard ? 6 : 20);
      if (kind == 0) {
        c.items.push_back(Item::penalty_item(0, kInfPenalty, false));  // a tie
      } else if (kind == 1 && !hard) {
        c.items.push_back(Item::penalty_item(0, -kInfPenalty, false));  // forced
      } else if (kind == 2) {
        c.items.push_back(Item::penalty_item(0, pick(1001) - 500, false));
      } else if (kind == 3 || (hard && kind == 4)) {
        c.items.push_back(Item::box(-(hard ? 5 + pick(30) : 2) * kPt));  // a kern
      }
      c.items.push_back(testing::space());
    }
    const int width = 10 + pick(36);
    if (width >= 20 && pick(hard ? 4 : 3) != (hard ? 3 : 1)) {
      const int left = 5 + pick(width - 14);
      c.items.push_back(Item::box(left * kPt));
      c.items.push_back(testing::hyphen());
      c.items.push_back(Item::box((width - left) * kPt));
    } else {
      c.items.push_back(Item::box(width * kPt));
    }
  }
  testing::end_paragraph(c.items);
  const int lines = hard ? 3 : 1 + pick(3);
  for (int i = 0; i < lines; ++i) {
    c.widths.push_back(i > 0 && pick(3) == 0 ? c.widths.back() : (hard ? 55 : 70) * kPt + pick(41) * kPt);
  }
  const double tolerances[] = {100, 200, 1000, 10000};
  c.params.tolerance = tolerances[pick(hard ? 3 : 4)];
  c.params.line_penalty = pick(2) ? 10 : 0;
  c.params.adj_demerits = pick(2) && !hard ? 10000 : 0;
  c.params.double_hyphen_demerits = pick(2) && !hard ? 10000 : 0;
  c.params.final_hyphen_demerits = pick(2) ? 5000 : 0;
  c.params.emergency_stretch = pick(4) == 0 ? 8 * kPt : 0;
  c.params.max_hyphen_run = hard ? 1 + pick(2) : pick(4);
  c.params.allow_flagged = hard || pick(4) != 0;
  if (hard && pick(2) == 0) {
    // A narrow second line and much emergency stretch: nodes of different line classes
    // interleave in the active list.
    c.widths = {(80 + pick(40)) * kPt, (10 + pick(40)) * kPt, (80 + pick(40)) * kPt};
    c.params.emergency_stretch = (10 + pick(40)) * kPt;
    c.params.max_hyphen_run = 3;
  }
  return c;
}

// Runs `trials` random cases; returns how many had a feasible breaking.
int check_against_exhaustive(std::uint32_t seed, int trials, bool hard) {
  std::mt19937 rng(seed);
  int feasible = 0;
  for (int trial = 0; trial < trials; ++trial) {
    const Case c = random_case(rng, hard);
    Exhaustive reference(c.items, c.widths, c.params);
    const double best = reference.solve();
    const auto result = break_lines(c.items, c.widths, c.params);
    EXPECT_EQ(std::isnan(best), !result.has_value()) << "trial " << trial;
    if (!result || std::isnan(best)) continue;
    ++feasible;
    const double margin = 1e-9 * std::max(1.0, std::abs(best));
    EXPECT_NEAR(result->demerits, best, margin) << "trial " << trial;
    // The returned breaks are feasible and cost what the result says.
    EXPECT_NEAR(reference.evaluate(result->breaks), result->demerits, margin) << "trial " << trial;
    EXPECT_EQ(result->breaks.back().index, c.items.size() - 1);
    if (::testing::Test::HasFailure()) break;
  }
  return feasible;
}

TEST(KnuthPlassReference, MatchesExhaustiveSearch) {
  const int feasible = check_against_exhaustive(20240601, 3000, false);
  // The generator gives a fair share of both outcomes.
  EXPECT_GT(feasible, 600);
  EXPECT_LT(feasible, 2400);
}

TEST(KnuthPlassReference, MatchesExhaustiveSearchOnHardCases) {
  const int feasible = check_against_exhaustive(99, 3000, true);
  EXPECT_GT(feasible, 600);
  EXPECT_LT(feasible, 2400);
}

// When some ordinary pass succeeds, break_lines_in_passes returns exactly its breaks; otherwise
// it still returns a breaking ending at the last item.
TEST(KnuthPlassReference, PassesReturnTheFirstSuccessfulPass) {
  std::mt19937 rng(7);
  int rescued = 0;
  for (int trial = 0; trial < 3000; ++trial) {
    Case c = random_case(rng, trial % 3 == 2);
    c.params.allow_flagged = true;
    BreakerParams first = c.params;
    first.tolerance = 100;
    first.allow_flagged = false;
    first.emergency_stretch = 0;
    BreakerParams second = c.params;
    second.emergency_stretch = 0;
    auto expected = break_lines(c.items, c.widths, first);
    if (!expected) expected = break_lines(c.items, c.widths, second);
    if (!expected && c.params.emergency_stretch > 0) expected = break_lines(c.items, c.widths, c.params);
    const BreakResult got = break_lines_in_passes(c.items, c.widths, 100, c.params);
    ASSERT_FALSE(got.breaks.empty());
    ASSERT_EQ(got.breaks.back().index, c.items.size() - 1);
    if (!expected) {
      ++rescued;
      EXPECT_GT(got.demerits, 1e12) << "trial " << trial;  // some line broke a rule
      continue;
    }
    ASSERT_EQ(testing::indices(got), testing::indices(*expected)) << "trial " << trial;
    ASSERT_EQ(got.demerits, expected->demerits) << "trial " << trial;
  }
  EXPECT_GT(rescued, 300);
}

}  // namespace
}  // namespace folio::para
