// HarfBuzz shaping of one run of text in one face, in font units (size-independent, so
// results can be cached and scaled to any size).
#pragma once

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

// Views of the caller's strings, which must outlive the call: a paragraph asks for every word,
// and copying its style's strings into each request cost more than a cache hit (bench/README.md).
struct ShapeRequest {
  std::string_view text;      // UTF-8
  std::string_view features;  // comma-separated HarfBuzz feature strings, e.g. "smcp,-liga"
  std::string_view language = "en";
  std::string_view script;  // ISO 15924 tag ("Latn"); empty: guess from the text
  bool rtl = false;
};

// Glyphs in visual order (left to right even for RTL runs). Kerning and ligatures are on
// unless features turn them off.
std::vector<ShapedGlyph> shape(const font::Face& face, const ShapeRequest& request);

// A cache of shaped words, keyed by face, request and text. One per job, or shared by the
// workers of a batch: it locks, in shards, so that threads looking up different words at once
// seldom wait for each other (bench/README.md measured one lock at 6-8% of a 2-thread batch).
// A lookup hashes the request's fields where they are and compares them with the entries of
// that hash: most calls are hits, and building a key string for each cost more than shaping
// the misses (bench/README.md).
class ShapeCache {
 public:
  const std::vector<ShapedGlyph>& shape(const font::Face& face, const ShapeRequest& request);
  std::size_t size() const;
  std::size_t hits() const;

 private:
  struct Entry {
    int face = 0;
    bool rtl = false;
    std::string features, language, script, text;
    std::vector<ShapedGlyph> glyphs;
    bool matches(int face_id, const ShapeRequest& request) const;
  };
  struct alignas(64) Shard {  // one cache line each: a lock taken on one shard leaves the others' lines alone
    mutable std::mutex mutex;
    std::unordered_multimap<std::uint64_t, Entry> entries;  // by hash; node-based: stable refs
    std::size_t hits = 0;
  };
  static constexpr std::size_t kShards = 16;
  Shard shards_[kShards];
};

}  // namespace folio::text
