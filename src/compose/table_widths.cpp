#include "compose/table_widths.hpp"

#include <algorithm>
#include <numeric>

namespace folio::compose {
namespace {

// base[i] + extra shared in proportion to weight[i] (equally when the weights are all 0).
std::vector<Sp> share(const std::vector<Sp>& base, const std::vector<Sp>& weight, Sp extra) {
  const std::size_t n = base.size();
  const Sp total = std::accumulate(weight.begin(), weight.end(), Sp{0});
  std::vector<Sp> out(base);
  Sp given = 0;
  for (std::size_t i = 0; i < n; ++i) {
    // 128-bit arithmetic: extra * weight overflows 64 bits for wide pages in scaled points.
    const Sp part = total > 0 ? static_cast<Sp>(static_cast<__int128>(extra) * weight[i] / total)
                              : extra / static_cast<Sp>(n);
    out[i] += part;
    given += part;
  }
  for (std::size_t i = 0; given < extra; i = (i + 1) % n, ++given) out[i] += 1;
  return out;
}

}  // namespace

std::vector<Sp> column_widths(const std::vector<ColumnExtent>& columns, Sp available) {
  if (columns.empty()) return {};
  std::vector<Sp> mins, maxs, wants;
  for (const ColumnExtent& c : columns) {
    mins.push_back(c.min);
    maxs.push_back(std::max(c.max, c.min));
    wants.push_back(std::max(c.max, c.min) - c.min);
  }
  const Sp min_sum = std::accumulate(mins.begin(), mins.end(), Sp{0});
  const Sp max_sum = std::accumulate(maxs.begin(), maxs.end(), Sp{0});
  available = std::max<Sp>(available, 0);
  if (max_sum <= available) return share(maxs, maxs, available - max_sum);
  if (min_sum <= available) return share(mins, wants, available - min_sum);
  return share(std::vector<Sp>(columns.size(), 0), mins, available);
}

}  // namespace folio::compose
