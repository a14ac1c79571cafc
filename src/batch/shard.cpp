#include "batch/shard.hpp"

#include "common/hash.hpp"

namespace folio::batch {
namespace {

// A positive decimal without leading zeros or signs, at most 9 digits (so it fits unsigned).
std::optional<unsigned> positive(std::string_view digits) {
  if (digits.empty() || digits.size() > 9 || digits[0] == '0') return std::nullopt;
  unsigned value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return value;
}

}  // namespace

std::optional<Shard> parse_shard(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::optional<unsigned> index = positive(text.substr(0, slash));
  const std::optional<unsigned> count = positive(text.substr(slash + 1));
  if (!index || !count || *index > *count) return std::nullopt;
  return Shard{*index, *count};
}

bool in_shard(std::string_view relative, const Shard& shard) {
  Fnv1a h;
  h.add(relative);
  return h.value() % shard.count == shard.index - 1;
}

}  // namespace folio::batch
