#include "text/itemizer.hpp"

#include <gtest/gtest.h>

namespace folio::text {
namespace {

// "[start,end) Script level" per item.
std::string describe(const std::vector<TextItem>& items) {
  std::string out;
  for (const TextItem& i : items)
    out += "[" + std::to_string(i.start) + "," + std::to_string(i.end) + ") " + i.script + " " +
           std::to_string(i.bidi_level) + "; ";
  return out;
}

TEST(Itemize, LatinArabicLatin) {
  // "Hello " 6 bytes, the Arabic word 10 bytes, " world" 6 bytes; spaces stay with Latin.
  EXPECT_EQ(describe(itemize("Hello \u0645\u0631\u062D\u0628\u0627 world")),
            "[0,6) Latn 0; [6,16) Arab 1; [16,22) Latn 0; ");
}

TEST(Itemize, RightToLeftParagraph) {
  // In an RTL paragraph the spaces between Latin and Arabic take the paragraph's direction.
  EXPECT_EQ(describe(itemize("Hello \u0645\u0631\u062D\u0628\u0627 world", true)),
            "[0,5) Latn 2; [5,17) Arab 1; [17,22) Latn 2; ");
}

TEST(Itemize, LatinThenHan) {
  EXPECT_EQ(describe(itemize("Hi \u4E2D\u6587")), "[0,3) Latn 0; [3,9) Hani 0; ");
}

TEST(Itemize, CommonCharactersJoinTheirNeighbours) {
  EXPECT_EQ(describe(itemize("(Hello), 42.")), "[0,12) Latn 0; ");
  EXPECT_EQ(describe(itemize(" \u00ABHi\u00BB")), "[0,7) Latn 0; ");  // leading: the next script
  // Digits in Arabic text form their own level and keep the Arabic script.
  EXPECT_EQ(describe(itemize("\u0645\u0631\u062D\u0628\u0627 123 abc")),
            "[0,11) Arab 1; [11,14) Arab 2; [14,18) Latn 0; ");
}

TEST(Itemize, OnlyCommonCharacters) { EXPECT_EQ(describe(itemize("123 !")), "[0,5) Zyyy 0; "); }

TEST(Itemize, CombiningMarksStayWithTheirBase) {
  EXPECT_EQ(describe(itemize("cafe\u0301 \u0392\u03B5\u0301")), "[0,7) Latn 0; [7,13) Grek 0; ");
}

TEST(Itemize, EmptyText) { EXPECT_TRUE(itemize("").empty()); }

}  // namespace
}  // namespace folio::text
