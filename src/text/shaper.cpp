#include "text/shaper.hpp"

#include <hb.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "folio/diagnostic.hpp"

namespace folio::text {
namespace {

std::vector<hb_feature_t> parse_features(std::string_view list) {
  std::vector<hb_feature_t> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = std::min(list.find(',', start), list.size());
    std::string item(list.substr(start, end - start));
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (!item.empty()) {
      hb_feature_t f;
      if (!hb_feature_from_string(item.data(), static_cast<int>(item.size()), &f))
        throw Error(SourcePos{}, "invalid font feature '" + item + "'");
      out.push_back(f);
    }
    start = end + 1;
  }
  return out;
}

struct BufferDeleter {
  void operator()(hb_buffer_t* b) const { hb_buffer_destroy(b); }
};

// One buffer per thread, reused: shaping happens word by word, so allocation would dominate.
hb_buffer_t* thread_buffer() {
  thread_local std::unique_ptr<hb_buffer_t, BufferDeleter> buffer(hb_buffer_create());
  hb_buffer_reset(buffer.get());
  return buffer.get();
}

}  // namespace

std::vector<ShapedGlyph> shape(const font::Face& face, const ShapeRequest& request) {
  std::vector<hb_feature_t> features = parse_features(request.features);
  hb_buffer_t* buf = thread_buffer();
  // Clusters stay byte offsets of whole characters, in order: what the line breaker needs to
  // map glyphs back to text.
  hb_buffer_set_cluster_level(buf, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  const int len = static_cast<int>(request.text.size());
  hb_buffer_add_utf8(buf, request.text.data(), len, 0, len);
  hb_buffer_set_direction(buf, request.rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
  if (!request.script.empty())
    hb_buffer_set_script(buf, hb_script_from_string(request.script.data(), static_cast<int>(request.script.size())));
  if (!request.language.empty())
    hb_buffer_set_language(
        buf, hb_language_from_string(request.language.data(), static_cast<int>(request.language.size())));
  hb_buffer_guess_segment_properties(buf);  // fills only what is still unset (the script)
  hb_shape(face.hb_font(), buf, features.data(), static_cast<unsigned>(features.size()));

  unsigned count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &count);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &count);
  std::vector<ShapedGlyph> out(count);
  for (unsigned i = 0; i < count; ++i)  // HarfBuzz already returns visual order, even for RTL
    out[i] =
        ShapedGlyph{info[i].codepoint, info[i].cluster, pos[i].x_advance, pos[i].x_offset, pos[i].y_offset};
  return out;
}

namespace {

// The last 1 to 8 bytes of a string as one word, in at most two loads.
std::uint64_t tail_word(const char* p, std::size_t n) {
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);  // overlaps `a` when n < 8
    return static_cast<std::uint64_t>(a) << 32 | b;
  }
  if (n == 0) return 0;
  const auto byte = [p](std::size_t i) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])); };
  return byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1);
}

// Mixes `s` into `h`, 8 bytes at a time, its length with its last bytes: moving bytes from one
// field to the next changes the hash. Inline, for the few short strings of every lookup.
std::uint64_t mix(std::uint64_t h, std::string_view s) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  std::size_t i = 0;
  for (; i + 8 < s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 32;
  }
  h = (h ^ tail_word(s.data() + i, s.size() - i) ^ static_cast<std::uint64_t>(s.size()) << 56) * kMul;
  return h ^ (h >> 29);
}

// Every field of the request that changes the glyphs, and the face.
std::uint64_t request_hash(int face_id, const ShapeRequest& r) {
  std::uint64_t h = static_cast<std::uint64_t>(static_cast<std::uint32_t>(face_id)) << 1 | (r.rtl ? 1 : 0);
  h = mix(h, r.features);
  h = mix(h, r.language);
  h = mix(h, r.script);
  return mix(h, r.text);
}

}  // namespace

bool ShapeCache::Entry::matches(int face_id, const ShapeRequest& r) const {
  return face == face_id && rtl == r.rtl && text == r.text && features == r.features &&
         language == r.language && script == r.script;
}

const std::vector<ShapedGlyph>& ShapeCache::shape(const font::Face& face, const ShapeRequest& request) {
  const std::uint64_t hash = request_hash(face.id(), request);
  Shard& shard = shards_[hash >> 60];  // the top bits: the maps' buckets use the low ones
  static_assert(kShards == 16, "hash >> 60 picks one of 16 shards");
  {
    std::lock_guard<std::mutex> lock(shard.mutex);
    const auto range = shard.entries.equal_range(hash);
    for (auto it = range.first; it != range.second; ++it)
      if (it->second.matches(face.id(), request)) {
        ++shard.hits;
        return it->second.glyphs;
      }
  }
  // Shape outside the lock so that threads sharing the cache do not queue behind each other.
  Entry entry{face.id(),
              request.rtl,
              std::string(request.features),
              std::string(request.language),
              std::string(request.script),
              std::string(request.text),
              text::shape(face, request)};
  std::lock_guard<std::mutex> lock(shard.mutex);
  // Another thread may have added the same words meanwhile: theirs stays, so references handed
  // out never change.
  const auto range = shard.entries.equal_range(hash);
  for (auto it = range.first; it != range.second; ++it)
    if (it->second.matches(face.id(), request)) return it->second.glyphs;
  return shard.entries.emplace(hash, std::move(entry))->second.glyphs;
}

std::size_t ShapeCache::size() const {
  std::size_t n = 0;
  for (const Shard& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard.mutex);
    n += shard.entries.size();
  }
  return n;
}

std::size_t ShapeCache::hits() const {
  std::size_t n = 0;
  for (const Shard& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard.mutex);
    n += shard.hits;
  }
  return n;
}

}  // namespace folio::text
