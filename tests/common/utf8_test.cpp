#include "common/utf8.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(Utf8, DecodesEveryLengthAndAdvances) {
  const std::string s = "a\u00E9\u20AC\U0001F600";  // 1, 2, 3 and 4 bytes
  std::size_t i = 0;
  EXPECT_EQ(next_code_point(s, i), U'a');
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(next_code_point(s, i), U'\u00E9');
  EXPECT_EQ(i, 3u);
  EXPECT_EQ(next_code_point(s, i), U'\u20AC');
  EXPECT_EQ(i, 6u);
  EXPECT_EQ(next_code_point(s, i), U'\U0001F600');
  EXPECT_EQ(i, 10u);
}

TEST(Utf8, MalformedGivesReplacementAndMovesOn) {
  const std::string s = "\xC0\xAF" "b";  // an overlong '/'
  std::size_t i = 0;
  EXPECT_EQ(next_code_point(s, i), U'\uFFFD');
  EXPECT_GT(i, 0u);
  std::size_t j = 2;
  EXPECT_EQ(next_code_point(s, j), U'b');
}

TEST(Utf8, SequenceLengthRejectsOverlongSurrogatesAndTruncation) {
  EXPECT_EQ(utf8_sequence_length("\u00E9", 0), 2u);
  EXPECT_EQ(utf8_sequence_length("\U0001F600", 0), 4u);
  EXPECT_EQ(utf8_sequence_length("\xC0\xAF", 0), 0u);          // overlong
  EXPECT_EQ(utf8_sequence_length("\xED\xA0\x80", 0), 0u);      // a UTF-16 surrogate
  EXPECT_EQ(utf8_sequence_length("\xF4\x90\x80\x80", 0), 0u);  // past U+10FFFF
  EXPECT_EQ(utf8_sequence_length("\xE2\x82", 0), 0u);          // cut short
  EXPECT_EQ(utf8_sequence_length("\x80", 0), 0u);              // a lone continuation byte
}

TEST(Utf8, AppendRoundTrips) {
  std::string out;
  for (char32_t c : {U'A', U'\u00DF', U'\u5929', U'\U0001F680'}) append_utf8(out, c);
  EXPECT_EQ(out, "A\u00DF\u5929\U0001F680");
  EXPECT_TRUE(is_utf8_continuation(static_cast<unsigned char>(out[2])));
  EXPECT_FALSE(is_utf8_continuation(static_cast<unsigned char>(out[1])));
}

}  // namespace
}  // namespace folio
