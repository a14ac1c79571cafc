#include "pdf/embedded_font.hpp"

#include "common/hash.hpp"

namespace folio::pdf {

std::string subset_tag(const std::vector<std::uint32_t>& gids) {
  Fnv1a h;
  for (auto gid : gids) h.add_u32(gid);
  std::uint64_t v = h.value();
  std::string tag;
  for (int i = 0; i < 6; ++i, v /= 26) tag += static_cast<char>('A' + v % 26);
  return tag;
}

}  // namespace folio::pdf
