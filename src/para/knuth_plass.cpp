// Total-fit line breaking after Knuth and Plass (1981): the public entry points and TeX's
// passes. The breaking itself is in knuth_plass_breaker.cpp.
#include "para/knuth_plass.hpp"

#include <stdexcept>

#include "para/knuth_plass_breaker.hpp"

namespace folio::para {
namespace {

using detail::Breaker;

void check_input(const std::vector<Item>& items, const std::vector<Sp>& line_widths) {
  if (line_widths.empty()) throw std::invalid_argument("break_lines: no line widths");
  if (!items.empty() && !detail::is_forced(items.back())) {
    throw std::invalid_argument("break_lines: the item list must end with a forced break");
  }
}

}  // namespace

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
