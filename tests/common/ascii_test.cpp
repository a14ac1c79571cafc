#include "common/ascii.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(Ascii, TrimDropsHtmlAndYamlWhitespaceAtBothEnds) {
  EXPECT_EQ(trim("  issue | upper \t"), "issue | upper");
  EXPECT_EQ(trim("\r\n\f x y \n"), "x y");
  EXPECT_EQ(trim("   "), "");
  EXPECT_EQ(trim("\u00A0a"), "\u00A0a");  // a no-break space is text, not ASCII whitespace
}

TEST(Ascii, LowerChangesOnlyAsciiLetters) { EXPECT_EQ(ascii_lower("Layuot-9 É"), "layuot-9 É"); }

}  // namespace
}  // namespace folio
