#include "text/shaper.hpp"

#include <hb.h>

#include <algorithm>
#include <functional>
#include <memory>

#include "folio/diagnostic.hpp"

namespace folio::text {
namespace {

std::vector<hb_feature_t> parse_features(const std::string& list) {
  std::vector<hb_feature_t> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = std::min(list.find(',', start), list.size());
    std::string item = list.substr(start, end - start);
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
  if (!request.script.empty()) hb_buffer_set_script(buf, hb_script_from_string(request.script.c_str(), -1));
  if (!request.language.empty())
    hb_buffer_set_language(buf, hb_language_from_string(request.language.c_str(), -1));
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

const std::vector<ShapedGlyph>& ShapeCache::shape(const font::Face& face, const ShapeRequest& request) {
  // Field separators cannot occur in tags or feature lists; the text comes last. The buffer
  // is reused, so a lookup (most calls are hits) allocates nothing.
  thread_local std::string key;
  key.clear();
  key.append(std::to_string(face.id()));
  key.append(1, '\x1f').append(request.features);
  key.append(1, '\x1f').append(request.language);
  key.append(1, '\x1f').append(request.script);
  key.append(1, '\x1f').append(request.rtl ? "r" : "l");
  key.append(1, '\x1f').append(request.text.data(), request.text.size());
  Shard& shard = shards_[std::hash<std::string>{}(key) % kShards];
  {
    std::lock_guard<std::mutex> lock(shard.mutex);
    auto it = shard.glyphs.find(key);
    if (it != shard.glyphs.end()) {
      ++shard.hits;
      return it->second;
    }
  }
  // Shape outside the lock so that threads sharing the cache do not queue behind each other.
  std::vector<ShapedGlyph> glyphs = text::shape(face, request);
  std::lock_guard<std::mutex> lock(shard.mutex);
  return shard.glyphs.emplace(key, std::move(glyphs)).first->second;
}

std::size_t ShapeCache::size() const {
  std::size_t n = 0;
  for (const Shard& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard.mutex);
    n += shard.glyphs.size();
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
