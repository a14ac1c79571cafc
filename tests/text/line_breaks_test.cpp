#include "text/line_breaks.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace folio::text {
namespace {

std::string describe(const std::vector<BreakOpportunity>& breaks) {
  std::string out;
  for (const BreakOpportunity& b : breaks) out += std::to_string(b.offset) + (b.hard ? "! " : " ");
  return out;
}

TEST(LineBreaks, WordsHyphenAndNewline) {
  // "a |well-|known |fact\n|next|": after spaces, after the hyphen, hard after the newline.
  EXPECT_EQ(describe(line_break_opportunities("a well-known fact\nnext", "en")), "2 7 13 18! 22 ");
}

TEST(LineBreaks, OffsetsAreUtf8Bytes) {
  EXPECT_EQ(describe(line_break_opportunities("caf\u00E9 au lait", "en_US")), "6 9 13 ");
}

TEST(LineBreaks, LineSeparatorAndTrailingNewlineAreHard) {
  EXPECT_EQ(describe(line_break_opportunities("one\u2028two\n", "en")), "6! 10! ");
}

TEST(LineBreaks, NoBreakInsideAWordOrBeforePunctuation) {
  EXPECT_EQ(describe(line_break_opportunities("Hello, world!", "en")), "7 13 ");
  EXPECT_EQ(describe(line_break_opportunities("unbreakable", "en")), "11 ");
}

TEST(LineBreaks, EmptyTextHasNoOpportunity) { EXPECT_TRUE(line_break_opportunities("", "en").empty()); }

TEST(LineBreaks, ThreadsGetTheSameAnswer) {
  const std::string text = "a well-known fact\nnext";
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) results[t] = describe(line_break_opportunities(text, i % 2 ? "en" : "de"));
    });
  for (auto& th : threads) th.join();
  for (const std::string& r : results) EXPECT_EQ(r, "2 7 13 18! 22 ");
}

}  // namespace
}  // namespace folio::text
