// Character classes for fonts and line breaking, and CJK punctuation compression.
#include "text/char_classes.hpp"

#include <gtest/gtest.h>

#include "text/cjk_punctuation.hpp"

namespace folio::text {
namespace {

TEST(CharClasses, CjkAndSpacedAlphanumerics) {
  for (char32_t c : {U'\u4E2D', U'\u3042', U'\uAC00', U'\uFF0C', U'\u3002', U'\u300C', U'\uFF11'})
    EXPECT_TRUE(is_cjk(c)) << static_cast<unsigned>(c);
  for (char32_t c : {U'A', U'1', U'\u03BB', U'\u201C', U'\U0001F600', U'\u3000', U'\u05D0'})
    EXPECT_FALSE(is_cjk(c)) << static_cast<unsigned>(c);  // emoji are wide, but not CJK
  EXPECT_TRUE(is_spaced_alnum(U'a'));
  EXPECT_TRUE(is_spaced_alnum(U'7'));
  EXPECT_TRUE(is_spaced_alnum(U'\u0416'));  // Ж
  EXPECT_FALSE(is_spaced_alnum(U'\u4E2D'));
  EXPECT_FALSE(is_spaced_alnum(U'('));
}

TEST(CharClasses, WhatJoinsTheCharacterBefore) {
  for (char32_t c : {U'\u0301', U'\u064E', U'\u200D', U'\uFE0F', U'\U0001F3FD', U'\u20E3', U'\U000E0067'})
    EXPECT_TRUE(joins_previous(c)) << static_cast<unsigned>(c);
  for (char32_t c : {U'a', U' ', U'\U0001F600', U'\u4E2D'}) EXPECT_FALSE(joins_previous(c));
  // No ASCII character does (assemble_text chooses an ASCII character's face once per span).
  for (char32_t c = 0; c < 128; ++c) EXPECT_FALSE(joins_previous(c)) << static_cast<unsigned>(c);
}

TEST(CharClasses, EmojiPresentation) {
  EXPECT_TRUE(wants_emoji(U'\U0001F600', 0));
  EXPECT_FALSE(wants_emoji(U'\U0001F600', U'\uFE0E'));  // asked for as text
  EXPECT_FALSE(wants_emoji(U'\u2764', 0));              // ❤ is text by default...
  EXPECT_TRUE(wants_emoji(U'\u2764', U'\uFE0F'));       // ...unless U+FE0F asks otherwise
  EXPECT_TRUE(wants_emoji(U'1', U'\uFE0F'));            // a keycap's base
}

TEST(CharClasses, PunctuationAndLanguages) {
  for (char32_t c : {U'\u201C', U'\u201D', U'\u2026', U'\u2014', U'\u00B7'}) EXPECT_TRUE(is_ambiguous_punctuation(c));
  for (char32_t c : {U'"', U',', U'\uFF0C', U'\u00B1'}) EXPECT_FALSE(is_ambiguous_punctuation(c));
  EXPECT_TRUE(is_cjk_language("zh-Hans"));
  EXPECT_TRUE(is_cjk_language("JA"));
  EXPECT_TRUE(is_cjk_language("ko_KR"));
  EXPECT_FALSE(is_cjk_language("en"));
  EXPECT_FALSE(is_cjk_language("zu"));
  // Only the primary subtag counts, whole: not a longer one that starts alike, nor a region.
  EXPECT_TRUE(is_cjk_language("zh"));
  EXPECT_FALSE(is_cjk_language("zha"));
  EXPECT_FALSE(is_cjk_language("z"));
  EXPECT_FALSE(is_cjk_language(""));
  EXPECT_FALSE(is_cjk_language("en-ZH"));
  EXPECT_TRUE(is_cjk_script("Hani"));
  EXPECT_FALSE(is_cjk_script("Latn"));
}

TEST(CjkPunctuation, AdjacentFullWidthMarksAreCompressed) {
  // ”），: the closing quote and bracket before another mark are set half-width (3 bytes each).
  EXPECT_EQ(punctuation_compression("\u5B57\u201D\uFF09\uFF0C\u5B57"), "halt[3:6],halt[6:9]");
  // 。“: a closing mark before an opening one is the one compressed; two opening marks: the second.
  EXPECT_EQ(punctuation_compression("\u3002\u201C\u5B57"), "halt[0:3]");
  EXPECT_EQ(punctuation_compression("\uFF08\u300C\u5B57"), "halt[3:6]");
  // A single mark, or marks apart, keep their full width; so does Latin punctuation.
  EXPECT_EQ(punctuation_compression("\u5B57\uFF0C\u5B57\u3002"), "");
  EXPECT_EQ(punctuation_compression("a), b"), "");
}

}  // namespace
}  // namespace folio::text
