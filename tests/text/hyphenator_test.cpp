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
std::string hyphenated(std::string_view word, const Hyphenator& h = en()) {
  std::string out;
  std::size_t last = 0;
  for (std::size_t p : h.points(word)) {
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

// The patterns of each language Debian's hyphen-* packages give (scripts/install-deps installs
// them): German and Portuguese are ISO 8859-1, Russian KOI8-R, the others UTF-8.
TEST(Hyphenator, EachLanguageItsOwnPatterns) {
  const auto in = [](const std::string& lang, std::string_view word) {
    const std::string dic = Hyphenator::dictionary_for(lang);
    EXPECT_FALSE(dic.empty()) << lang;
    return hyphenated(word, Hyphenator(dic));
  };
  EXPECT_EQ(in("de", "Silbentrennung"), "Sil-ben-tren-nung");
  EXPECT_EQ(in("de", "Wissenschaftsministerium"), "Wis-sen-schafts-mi-nis-te-ri-um");
  EXPECT_EQ(in("de-DE", "Stra\u00DFenbahn"), "Stra-\u00DFen-bahn");  // ß: one byte in ISO 8859-1
  EXPECT_EQ(in("es", "informaci\u00F3n"), "in-for-ma-ci\u00F3n");
  EXPECT_EQ(in("es", "universidad"), "uni-ver-si-dad");
  EXPECT_EQ(in("pt", "universidade"), "uni-ver-si-da-de");
  EXPECT_EQ(in("pt-PT", "investiga\u00E7\u00E3o"), "in-ves-ti-ga-\u00E7\u00E3o");
  EXPECT_EQ(in("fr", "d\u00E9veloppement"), "d\u00E9-ve-lop-pe-ment");
  EXPECT_EQ(in("fr", "hyph\u00E9nation"), "hy-ph\u00E9-na-tion");
  EXPECT_EQ(in("ru", "\u0438\u0441\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u043D\u0438\u044F"),
            "\u0438\u0441-\u0441\u043B\u0435-\u0434\u043E-\u0432\u0430-\u043D\u0438\u044F");  // ис-сле-до-ва-ния
  EXPECT_EQ(in("en", "hyphenation"), "hy-phen-ation");
  // A character the 8-bit set lacks leaves the word whole (no pattern could match it).
  EXPECT_EQ(in("de", "Stra\u0142enbahn"), "Stra\u0142enbahn");
  // No patterns for Chinese: CJK text is never hyphenated.
  EXPECT_EQ(Hyphenator::dictionary_for("zh-Hans"), "");
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
