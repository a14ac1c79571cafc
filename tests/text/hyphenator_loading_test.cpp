// A dictionary is loaded once per process and shared: what callers may rely on.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "folio/diagnostic.hpp"
#include "text/hyphenator.hpp"

namespace folio::text {
namespace {

const char kEnUs[] = "/usr/share/hyphen/hyph_en_US.dic";
const char kMissing[] = "/usr/share/hyphen/hyph_xx_XX.dic";

TEST(HyphenatorLoading, ASecondHyphenatorOfTheSameFileAgrees) {
  const Hyphenator first(kEnUs);
  const Hyphenator second(kEnUs);
  EXPECT_EQ(first.points("technology"), (std::vector<std::size_t>{4, 7}));
  EXPECT_EQ(second.points("technology"), (std::vector<std::size_t>{4, 7}));
}

TEST(HyphenatorLoading, OutlivesTheHyphenatorThatLoadedIt) {
  { const Hyphenator loader(kEnUs); }
  const Hyphenator h(kEnUs);
  EXPECT_EQ(h.points("international"), (std::vector<std::size_t>{2, 5, 7}));
}

TEST(HyphenatorLoading, AMissingFileThrowsEveryTime) {
  // A failed load is not remembered as a dictionary.
  EXPECT_THROW(Hyphenator{kMissing}, folio::Error);
  EXPECT_THROW(Hyphenator{kMissing}, folio::Error);
  const Hyphenator h(kEnUs);  // and does not disturb other files
  EXPECT_EQ(h.points("hyphenation"), (std::vector<std::size_t>{2, 6}));
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
