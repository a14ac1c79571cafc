// The dictionary loads in the background, once per process: what callers may rely on.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "folio/diagnostic.hpp"
#include "text/hyphenator.hpp"

namespace folio::text {
namespace {

const char kEnUs[] = "/usr/share/hyphen/hyph_en_US.dic";

TEST(HyphenatorLoading, PreloadThenConstructGivesPoints) {
  Hyphenator::preload(kEnUs);
  const Hyphenator h(kEnUs);
  EXPECT_EQ(h.points("technology"), (std::vector<std::size_t>{4, 7}));
}

TEST(HyphenatorLoading, PreloadOfMissingOrEmptyPathIsHarmless) {
  EXPECT_NO_THROW(Hyphenator::preload(""));
  EXPECT_NO_THROW(Hyphenator::preload("/usr/share/hyphen/hyph_xx_XX.dic"));
  // The constructor still reports the missing file.
  EXPECT_THROW(Hyphenator("/usr/share/hyphen/hyph_xx_XX.dic"), folio::Error);
}

TEST(HyphenatorLoading, DestroyedBeforeFirstUseThenReused) {
  { const Hyphenator unused(kEnUs); }
  const Hyphenator h(kEnUs);
  EXPECT_EQ(h.points("international"), (std::vector<std::size_t>{2, 5, 7}));
}

TEST(HyphenatorLoading, ShortWordsNeedNoDictionary) {
  const Hyphenator h(kEnUs);
  EXPECT_TRUE(h.points("").empty());
  EXPECT_TRUE(h.points("a").empty());
}

TEST(HyphenatorLoading, ThreadsMakingTheirOwnHyphenatorsAgree) {
  std::vector<std::vector<std::size_t>> results(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&results, t] {
      const Hyphenator h(kEnUs);
      for (int i = 0; i < 50; ++i) results[t] = h.points("collaboration");
    });
  for (std::thread& th : threads) th.join();
  for (const auto& r : results) EXPECT_EQ(r, (std::vector<std::size_t>{3, 6, 7, 9}));
}

}  // namespace
}  // namespace folio::text
