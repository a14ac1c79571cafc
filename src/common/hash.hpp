// A small, stable 64-bit hash (FNV-1a) for PDF subset tags, the content hash behind the
// trailer /ID and cache file names: the values must never change between runs, platforms or
// library versions, which rules out std::hash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace folio {

class Fnv1a {
 public:
  void add(const void* data, std::size_t n) {
    auto p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) h_ = (h_ ^ p[i]) * 0x100000001b3ULL;
  }
  void add(std::string_view s) { add(s.data(), s.size()); }
  void add_u32(std::uint32_t v) {
    unsigned char b[4] = {static_cast<unsigned char>(v >> 24), static_cast<unsigned char>(v >> 16),
                          static_cast<unsigned char>(v >> 8), static_cast<unsigned char>(v)};
    add(b, 4);
  }
  std::uint64_t value() const { return h_; }

 private:
  std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

}  // namespace folio
