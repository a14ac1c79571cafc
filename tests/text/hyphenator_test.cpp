#include "text/hyphenator.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "folio/diagnostic.hpp"

namespace folio::text {
namespace {

const char kEnUs[] = "/usr/share/hyphen/hyph_en_US.dic";

const Hyphenator& en() {
  static Hyphenator h(kEnUs);
  return h;
}

// "tech-nol-ogy": the word with a hyphen at every point.
std::string hyphenated(std::string_view word) {
  std::string out;
  std::size_t last = 0;
  for (std::size_t p : en().points(word)) {
    out.append(word.substr(last, p - last)).append("-");
    last = p;
  }
  return out.append(word.substr(last));
}

TEST(Hyphenator, DictionaryForLanguageTags) {
  EXPECT_EQ(Hyphenator::dictionary_for("en"), kEnUs);
  EXPECT_EQ(Hyphenator::dictionary_for("en-US"), kEnUs);
  EXPECT_EQ(Hyphenator::dictionary_for("en_US"), kEnUs);
  EXPECT_EQ(Hyphenator::dictionary_for("EN-us"), kEnUs);
  EXPECT_EQ(Hyphenator::dictionary_for("en-GB"), kEnUs);  // no British patterns installed
  EXPECT_EQ(Hyphenator::dictionary_for("xx"), "");
  EXPECT_EQ(Hyphenator::dictionary_for(""), "");
}

TEST(Hyphenator, KnownWords) {
  EXPECT_EQ(en().points("technology"), (std::vector<std::size_t>{4, 7}));
  EXPECT_EQ(hyphenated("technology"), "tech-nol-ogy");
  EXPECT_EQ(hyphenated("international"), "in-ter-na-tional");
  EXPECT_EQ(hyphenated("collaboration"), "col-lab-o-ra-tion");
  EXPECT_EQ(hyphenated("hyphenation"), "hy-phen-ation");
}

TEST(Hyphenator, AnyCase) {
  EXPECT_EQ(hyphenated("Technology"), "Tech-nol-ogy");
  EXPECT_EQ(hyphenated("TECHNOLOGY"), "TECH-NOL-OGY");
}

TEST(Hyphenator, LeftAndRightMinimums) {
  // The patterns alone allow a-bil-i-ty, a-corn and ci-ty; LEFTHYPHENMIN 2 and
  // RIGHTHYPHENMIN 3 leave only abil-ity.
  EXPECT_EQ(hyphenated("ability"), "abil-ity");
  EXPECT_EQ(hyphenated("acorn"), "acorn");
  EXPECT_EQ(hyphenated("city"), "city");
}

TEST(Hyphenator, ShortWordsHaveNoPoints) {
  EXPECT_TRUE(en().points("cat").empty());
  EXPECT_TRUE(en().points("a").empty());
  EXPECT_TRUE(en().points("").empty());
}

TEST(Hyphenator, WordsWithApostrophes) {
  EXPECT_EQ(hyphenated("children's"), "chil-dren's");
  EXPECT_EQ(hyphenated("government\u2019s"), "gov-ern-ment\u2019s");
  EXPECT_EQ(hyphenated("doesn't"), "doesn't");
}

TEST(Hyphenator, NonAsciiLettersMapToByteOffsets) {
  // Ü is two bytes: the points after "Über" and "Überset" are at bytes 5 and 8.
  EXPECT_EQ(en().points("\u00DCbersetzung"), (std::vector<std::size_t>{5, 8}));
}

TEST(Hyphenator, MissingDictionaryThrows) {
  EXPECT_THROW(Hyphenator("/usr/share/hyphen/hyph_xx_XX.dic"), folio::Error);
}

TEST(Hyphenator, ConcurrentCallsAgree) {
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) results[t] = hyphenated(i % 2 ? "collaboration" : "international");
    });
  for (auto& th : threads) th.join();
  for (const std::string& r : results) EXPECT_EQ(r, "col-lab-o-ra-tion");
}

}  // namespace
}  // namespace folio::text
