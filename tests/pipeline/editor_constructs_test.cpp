// What editors write beyond prose (issue 10), rendered and read back: nothing is lost, nothing
// leaves the body area, code and URLs copy back whole.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "pipeline/robustness_support.hpp"

namespace {

using folio::robust::issue;
using folio::robust::Rendered;
using Strings = std::vector<std::string>;

class EditorConstructs : public folio::robust::Sandbox {};

TEST_F(EditorConstructs, ThreeThousandHeadingsInARowAreAllSetInsideTheColumns) {
  std::string body = "\n";
  for (int i = 1; i <= 3000; ++i) body += "## Section " + std::to_string(i) + "\n\n";
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue(body), r));
  const Strings headings = r.dump.texts("h2");
  ASSERT_EQ(headings.size(), 3000u);
  for (int i = 1; i <= 3000; ++i) EXPECT_EQ(headings[static_cast<std::size_t>(i - 1)], "Section " + std::to_string(i));
  // Read back from the PDF: every heading, each inside a body column.
  std::set<std::string> read;
  for (const folio::robust::TextBox& b : r.boxes_with("Section")) EXPECT_TRUE(r.in_a_column(b)) << b.text;
  const std::string text = r.text();
  std::regex number("Section (\\d+)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), number); it != std::sregex_iterator(); ++it)
    read.insert((*it)[1]);
  EXPECT_EQ(read.size(), 3000u);
  EXPECT_GE(r.pages(), 60);  // at 16 to 32 a page, not one overfull column
  EXPECT_TRUE(r.result.warnings.empty());
}

TEST_F(EditorConstructs, UrlsAndCodeCopyBackWholeWithoutHyphens) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(
      issue("\nSee https://example.org/rust/issues?q=is%3Aopen+label%3Aperformance+sort%3Aupdated and "
            "`std::collections::HashMap::with_capacity_and_hasher` and "
            "[https://example.org/a/very/long/path/to/a/document.html](https://example.org/a/very/long/path/to/a/document.html) "
            "in a narrow column of many words.\n"),
      r));
  std::string text = r.text();
  // Line ends removed: a break inside a URL adds no character. (The URL has no '-' of its own:
  // text extractors take a line-end "-" for a hyphen and drop it.)
  std::string joined;
  for (char c : text)
    if (c != '\n') joined += c;
  EXPECT_NE(joined.find("https://example.org/rust/issues?q=is%3Aopen+label%3Aperformance+sort%3Aupdated"),
            std::string::npos)
      << text;
  EXPECT_NE(joined.find("std::collections::HashMap::with_capacity_and_hasher"), std::string::npos) << text;
  EXPECT_NE(joined.find("https://example.org/a/very/long/path/to/a/document.html"), std::string::npos) << text;
}

TEST_F(EditorConstructs, EveryWarningIsOneLine) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue("\n<img alt=\"two\nlines\">\n\n<details>x</details> <mark\nclass=\"y\">z</mark>\n"), r));
  ASSERT_FALSE(r.result.warnings.empty());
  for (const auto& w : r.result.warnings) EXPECT_EQ(w.to_string().find('\n'), std::string::npos) << w.to_string();
}

// Wherever a column breaks the text before it, a code block of six lines stays in one column
// (a seventh line lets it break like a paragraph).
TEST_F(EditorConstructs, ShortCodeBlocksNeverSplitAcrossColumns) {
  for (int lead = 40; lead <= 52; lead += 2) {
    std::string body = "\n";
    for (int i = 0; i < lead; ++i) body += "Line " + std::to_string(i) + " of the text before the code.  \n";
    body += "\n```\none\ntwo\nthree\nfour\nfive\nsix\n```\n";
    Rendered r;
    ASSERT_NO_FATAL_FAILURE(render(issue(body), r));
    std::set<std::string> places;
    for (const folio::robust::DumpLine& l : r.dump.lines)
      if (l.style == "code-block") places.insert(std::to_string(l.page) + " " + l.region);
    EXPECT_EQ(places.size(), 1u) << lead << " lines before";
    EXPECT_EQ(r.dump.texts("code-block").size(), 6u);
  }
}

}  // namespace
