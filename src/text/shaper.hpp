// HarfBuzz shaping of one run of text in one face, in font units (size-independent, so
// results can be cached and scaled to any size).
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "font/face.hpp"

namespace folio::text {

struct ShapedGlyph {
  std::uint32_t gid = 0;
  std::uint32_t cluster = 0;  // byte offset into the shaped text where this glyph's cluster starts
  std::int32_t x_advance = 0;  // font units
  std::int32_t x_offset = 0;
  std::int32_t y_offset = 0;
};

struct ShapeRequest {
  std::string_view text;  // UTF-8
  std::string features;   // comma-separated HarfBuzz feature strings, e.g. "smcp,-liga"
  std::string language = "en";
  std::string script;      // ISO 15924 tag ("Latn"); empty: guess from the text
  bool rtl = false;
};

// Glyphs in visual order (left to right even for RTL runs). Kerning and ligatures are on
// unless features turn them off.
std::vector<ShapedGlyph> shape(const font::Face& face, const ShapeRequest& request);

// A cache of shaped words, keyed by face, request and text. One per job, or shared: it locks.
class ShapeCache {
 public:
  const std::vector<ShapedGlyph>& shape(const font::Face& face, const ShapeRequest& request);
  std::size_t size() const;
  std::size_t hits() const { return hits_.load(std::memory_order_relaxed); }

 private:
  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::vector<ShapedGlyph>> cache_;  // node-based: stable refs
  std::atomic<std::size_t> hits_{0};  // read without the lock
};

}  // namespace folio::text
