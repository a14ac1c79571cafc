#include "para/safe_breaks.hpp"

#include <gtest/gtest.h>

#include <string>

namespace folio::para {
namespace {

// The text with "|" at each safe point and "^" at each camelCase hump.
std::string marked(const std::string& text) {
  std::string out;
  std::size_t from = 0;
  for (const SafeBreak& b : safe_breaks(text, 0, text.size())) {
    out += text.substr(from, b.at - from) + (b.last_resort ? "^" : "|");
    from = b.at;
  }
  return out + text.substr(from);
}

TEST(SafeBreaks, UrlsBreakAfterSlashesAndBeforeTheirPunctuation) {
  EXPECT_EQ(marked("https://example.org/rust/issues?q=is&x=1#top"),
            "https://|example|.org/|rust/|issues|?q|=is|&x|=1|#top");
}

TEST(SafeBreaks, IdentifiersBreakBeforeColonsAndUnderscoresAndAfterHyphens) {
  EXPECT_EQ(marked("std::collections::with_capacity"), "std|::collections|::with|_capacity");
  EXPECT_EQ(marked("well-known-name"), "well-|known-|name");
  EXPECT_EQ(marked("a->b"), "a->b");  // an arrow is not a hyphen
}

TEST(SafeBreaks, CamelCaseHumpsAreTheLastResort) {
  EXPECT_EQ(marked("VecDeque"), "Vec^Deque");
  EXPECT_EQ(marked("HTTPServer"), "HTTPServer");  // no lower-to-upper hump
}

TEST(SafeBreaks, NoneAtTheEndsOrInsideRuns) {
  EXPECT_EQ(marked("/path/"), "/|path/");
  EXPECT_EQ(marked("a..b__c"), "a|..b|__c");
  EXPECT_EQ(marked(".x"), ".x");
}

}  // namespace
}  // namespace folio::para
