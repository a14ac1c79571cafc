#include "text/shaper.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "folio/diagnostic.hpp"

namespace folio::text {
namespace {

const font::Face& serif() {
  static font::Face face(5, FOLIO_SOURCE_DIR "/fonts/NotoSerif-Regular.ttf", 0);
  return face;
}

std::vector<std::uint32_t> clusters(const std::vector<ShapedGlyph>& glyphs) {
  std::vector<std::uint32_t> out;
  for (const ShapedGlyph& g : glyphs) out.push_back(g.cluster);
  return out;
}

std::vector<std::uint32_t> gids(const std::vector<ShapedGlyph>& glyphs) {
  std::vector<std::uint32_t> out;
  for (const ShapedGlyph& g : glyphs) out.push_back(g.gid);
  return out;
}

int total_advance(const std::vector<ShapedGlyph>& glyphs) {
  int sum = 0;
  for (const ShapedGlyph& g : glyphs) sum += g.x_advance;
  return sum;
}

// The request views its strings: literals here.
ShapeRequest request(std::string_view text, std::string_view features = "") {
  ShapeRequest r;
  r.text = text;
  r.features = features;
  return r;
}

TEST(Shape, OfficeUsesTheFfiLigature) {
  std::vector<ShapedGlyph> g = shape(serif(), request("office"));
  ASSERT_EQ(g.size(), 4u);  // o, ffi, c, e
  EXPECT_EQ(clusters(g), (std::vector<std::uint32_t>{0, 1, 4, 5}));
  EXPECT_EQ(g[0].gid, serif().glyph_for(U'o'));
  EXPECT_NE(g[1].gid, serif().glyph_for(U'f'));
  EXPECT_EQ(g[2].gid, serif().glyph_for(U'c'));
  EXPECT_EQ(g[1].x_advance, serif().advance(g[1].gid));
}

TEST(Shape, MinusLigaTurnsTheLigatureOff) {
  std::vector<ShapedGlyph> g = shape(serif(), request("office", "-liga"));
  EXPECT_EQ(clusters(g), (std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5}));
  std::vector<std::uint32_t> expected;
  for (char c : std::string("office")) expected.push_back(serif().glyph_for(static_cast<char32_t>(c)));
  EXPECT_EQ(gids(g), expected);
}

TEST(Shape, AVIsKerned) {
  std::uint32_t a = serif().glyph_for(U'A'), v = serif().glyph_for(U'V');
  std::vector<ShapedGlyph> g = shape(serif(), request("AV"));
  EXPECT_EQ(gids(g), (std::vector<std::uint32_t>{a, v}));
  EXPECT_LT(total_advance(g), serif().advance(a) + serif().advance(v));
  EXPECT_EQ(total_advance(g), 1300);  // 705 + 675 - 80 of kerning
  EXPECT_EQ(total_advance(shape(serif(), request("AV", "-kern"))), serif().advance(a) + serif().advance(v));
}

TEST(Shape, FeatureListsMayHaveSpacesAndSeveralEntries) {
  std::vector<ShapedGlyph> g = shape(serif(), request("office AV", " -liga , -kern "));
  EXPECT_EQ(g.size(), 9u);
  EXPECT_EQ(g[7].x_advance, serif().advance(serif().glyph_for(U'A')));
}

TEST(Shape, InvalidFeaturesThrow) {
  EXPECT_THROW(shape(serif(), request("office", "liga,@@")), folio::Error);
}

TEST(Shape, ClustersAreByteOffsets) {
  std::vector<ShapedGlyph> g = shape(serif(), request("caf\u00E9!"));  // é is 2 bytes
  EXPECT_EQ(clusters(g), (std::vector<std::uint32_t>{0, 1, 2, 3, 5}));
}

TEST(Shape, RtlRunsComeBackInVisualOrder) {
  ShapeRequest r = request("abc");
  r.rtl = true;
  r.script = "Latn";
  std::vector<ShapedGlyph> g = shape(serif(), r);
  EXPECT_EQ(clusters(g), (std::vector<std::uint32_t>{2, 1, 0}));
  EXPECT_EQ(g[0].gid, serif().glyph_for(U'c'));
}

TEST(Shape, EmptyTextGivesNoGlyphs) { EXPECT_TRUE(shape(serif(), request("")).empty()); }

TEST(ShapeCache, ReturnsIdenticalGlyphsAndCountsHits) {
  ShapeCache cache;
  const std::vector<ShapedGlyph>& first = cache.shape(serif(), request("office"));
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.hits(), 0u);
  std::string same_text = "office";  // a different buffer with the same bytes
  const std::vector<ShapedGlyph>& again = cache.shape(serif(), request(same_text));
  EXPECT_EQ(&again, &first);
  EXPECT_EQ(cache.hits(), 1u);
  EXPECT_EQ(gids(again), gids(shape(serif(), request("office"))));
}

TEST(ShapeCache, KeysOnFeaturesDirectionAndText) {
  ShapeCache cache;
  const std::vector<ShapedGlyph>& liga = cache.shape(serif(), request("office"));
  const std::vector<ShapedGlyph>& plain = cache.shape(serif(), request("office", "-liga"));
  ShapeRequest rtl = request("office");
  rtl.rtl = true;
  cache.shape(serif(), rtl);
  cache.shape(serif(), request("offices"));
  EXPECT_EQ(cache.size(), 4u);
  EXPECT_EQ(cache.hits(), 0u);
  EXPECT_EQ(liga.size(), 4u);  // references stay valid as the cache grows
  EXPECT_EQ(plain.size(), 6u);
}

TEST(ShapeCache, KeysOnFaceLanguageAndScript) {
  static font::Face bold(6, FOLIO_SOURCE_DIR "/fonts/NotoSerif-Bold.ttf", 0);
  ShapeCache cache;
  cache.shape(serif(), request("office"));
  cache.shape(bold, request("office"));
  ShapeRequest turkish = request("office");
  turkish.language = "tr";
  cache.shape(serif(), turkish);
  ShapeRequest latin = request("office");
  latin.script = "Latn";
  cache.shape(serif(), latin);
  // The fields are hashed one by one: moving bytes from one field to the next is another key.
  ShapeRequest shifted = request("office");
  shifted.language = "";
  shifted.script = "en";
  cache.shape(serif(), shifted);
  EXPECT_EQ(cache.size(), 5u);
  EXPECT_EQ(cache.hits(), 0u);
  EXPECT_EQ(gids(cache.shape(bold, request("office"))), gids(shape(bold, request("office"))));
  EXPECT_EQ(cache.hits(), 1u);
}

TEST(ShapeCache, ThreadsShareOneCache) {
  ShapeCache cache;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) cache.shape(serif(), request(i % 2 ? "office" : "AV"));
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_GE(cache.hits(), 200u - 8u);  // each thread misses each key at most once
}

}  // namespace
}  // namespace folio::text
