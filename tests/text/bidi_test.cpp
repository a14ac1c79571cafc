// The bidi algorithm through ICU: a paragraph's direction and each line's runs in visual order.
#include "text/bidi.hpp"

#include <gtest/gtest.h>

#include <string>

namespace folio::text {
namespace {

// "[start,end) L|R" per run, left to right.
std::string runs(const BidiParagraph& p, std::size_t start, std::size_t end) {
  std::string out;
  for (const VisualRun& r : p.line_runs(start, end))
    out += "[" + std::to_string(r.start) + "," + std::to_string(r.end) + ")" + (r.rtl ? "R " : "L ");
  return out;
}

const std::string kShalom = "\u05E9\u05DC\u05D5\u05DD";  // שלום: 8 bytes
const std::string kOlam = "\u05E2\u05D5\u05DC\u05DD";    // עולם: 8 bytes

TEST(Bidi, TheFirstStrongCharacterSetsTheDirection) {
  EXPECT_FALSE(BidiParagraph("Hello " + kShalom, Direction::Auto).rtl());
  EXPECT_TRUE(BidiParagraph("123 " + kShalom + " hello", Direction::Auto).rtl());  // digits are weak
  EXPECT_FALSE(BidiParagraph("123 !", Direction::Auto).rtl());
  EXPECT_TRUE(BidiParagraph("Hello", Direction::Rtl).rtl());
  EXPECT_FALSE(BidiParagraph("", Direction::Auto).rtl());
}

TEST(Bidi, ARightToLeftPhraseInsideEnglishIsOneRun) {
  // "He said " (8 bytes) + שלום עולם (17) + " twice" (6).
  const std::string text = "He said " + kShalom + " " + kOlam + " twice";
  const BidiParagraph p(text, Direction::Auto);
  EXPECT_EQ(p.level_at(0), 0);
  EXPECT_EQ(p.level_at(8), 1);
  EXPECT_EQ(p.level_at(16), 1);  // the space between the Hebrew words
  EXPECT_EQ(runs(p, 0, text.size()), "[0,8)L [8,25)R [25,31)L ");
  // Per line: a line holding only the phrase's first word has it as its own run.
  EXPECT_EQ(runs(p, 0, 16), "[0,8)L [8,16)R ");
  EXPECT_EQ(runs(p, 17, text.size()), "[17,25)R [25,31)L ");
}

TEST(Bidi, ARightToLeftParagraphRunsFromTheRight) {
  // עולם 42 ok: the number and the English word stay left to right inside it; visually from the
  // left: "ok", the space before it, "42", then the Hebrew word and its space.
  const std::string text = kOlam + " 42 ok";
  const BidiParagraph p(text, Direction::Auto);
  EXPECT_TRUE(p.rtl());
  EXPECT_EQ(runs(p, 0, text.size()), "[12,14)L [11,12)R [9,11)L [0,9)R ");
}

}  // namespace
}  // namespace folio::text
