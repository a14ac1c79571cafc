// The reader's limits (docs/limits.md): each is an error at its place, and nothing short of
// them fails. The deep inputs here crashed folio once (100,000 nested '>' overflowed the stack).
#include "common/limits.hpp"

#include <gtest/gtest.h>

#include <string>

#include "input/input_test_util.hpp"

namespace folio::input {
namespace {

using testing::kHeader;
using testing::parse_body;

const std::string kTooDeep =
    "error: quotes, lists and inline spans nest more than 100 levels deep here, folio's limit "
    "(docs/limits.md)";

// The error parsing `body` gives, as "line:col: error: message" (file name dropped).
std::string error_of(const std::string& body) {
  Diagnostics diags;
  try {
    parse_body(body, diags);
  } catch (const Error& e) {
    const std::string s = e.diagnostic().to_string();
    return s.substr(s.find(':') + 1);
  }
  return "no error";
}

TEST(Limits, QuotesNestAHundredDeep) {
  EXPECT_EQ(error_of(std::string(100, '>') + " fine\n"), "no error");
  EXPECT_EQ(error_of("\n" + std::string(101, '>') + " too deep\n"), "6:101: " + kTooDeep);
  // The input that crashed the release build: now one line too long, before any parsing.
  EXPECT_EQ(
      error_of(std::string(100000, '>') + "\n"),
      "5:65537: error: this line is longer than 65,536 bytes, folio's limit (docs/limits.md): break it into "
      "shorter lines");
  EXPECT_EQ(error_of(std::string(60000, '>') + "\n"), "5:101: " + kTooDeep);
}

TEST(Limits, ListsNestAHundredDeep) {
  std::string fine, deep;
  for (int i = 0; i < 101; ++i) (i < 100 ? fine : deep) += std::string(2 * i, ' ') + "- level\n";
  EXPECT_EQ(error_of(fine), "no error");
  EXPECT_EQ(error_of(fine + deep), "105:201: " + kTooDeep);
}

TEST(Limits, InlineSpansNestAHundredDeep) {
  // *a _a *a ... x ... a* a_ a*: emphasis inside emphasis, a hundred and one deep.
  std::string open, close;
  for (int i = 0; i < 101; ++i) {
    open += i % 2 ? "_a " : "*a ";
    close = (i % 2 ? " a_" : " a*") + close;
  }
  EXPECT_EQ(error_of(open.substr(3) + "x" + close.substr(0, close.size() - 3) + "\n"), "no error");
  EXPECT_EQ(error_of(open + "x" + close + "\n"), "5:301: " + kTooDeep);
  std::string tags;
  for (int i = 0; i < 101; ++i) tags += "<sup>";
  EXPECT_EQ(error_of(tags.substr(5) + "x\n"), "no error");
  EXPECT_EQ(error_of(tags + "x\n"), "5:501: " + kTooDeep);
  // Quotes and spans count together: 60 quotes hold 40 tags, and the 41st is one too many.
  const std::string quotes = std::string(60, '>') + " ";
  EXPECT_EQ(error_of(quotes + tags.substr(0, 5 * 40) + "x\n"), "no error");
  EXPECT_EQ(error_of(quotes + tags.substr(0, 5 * 41) + "x\n"), "5:262: " + kTooDeep);
}

TEST(Limits, LinesAndBlocks) {
  EXPECT_EQ(error_of(std::string(limits::kLineBytes, 'x') + "\n"), "no error");
  EXPECT_EQ(error_of(std::string(limits::kLineBytes, 'x') + "\r\n"), "no error");
  EXPECT_EQ(error_of("a\n" + std::string(limits::kLineBytes + 1, 'x')),
            "6:65537: error: this line is longer than "
            "65,536 bytes, folio's limit "
            "(docs/limits.md): break it into shorter lines");
  std::string block;
  while (block.size() + 100 <= limits::kBlockBytes) block += std::string(99, 'w') + "\n";
  EXPECT_EQ(error_of("Text.\n\n" + block + "\nMore.\n"), "no error");
  EXPECT_EQ(error_of("Text.\n\n" + block + std::string(99, 'w') + "\n"),
            "7:1: error: this block (lines without a blank line between them) is longer than 262,144 bytes, "
            "folio's "
            "limit (docs/limits.md): put blank lines between its paragraphs");
}

// A table's cells, the ones cmark fills short rows with included: 16 KB of a wide header over
// one-word lines were 6 million cells (two minutes and 1.5 GB before this limit).
TEST(Limits, TableCells) {
  const auto table = [](std::size_t columns, std::size_t rows, const std::string& prefix) {
    std::string header = prefix + "|", delimiter = prefix + "|";
    for (std::size_t c = 0; c < columns; ++c) {
      header += "a|";
      delimiter += "-|";
    }
    std::string out = header + "\n" + delimiter + "\n";
    for (std::size_t r = 1; r < rows; ++r) out += prefix + "x\n";
    return out;
  };
  // 100 columns: 1,000 rows (the header and 999 lines) are the most, 1,001 one too many.
  EXPECT_EQ(error_of("Text.\n\n" + table(100, 1000, "") + "\nMore.\n"), "no error");
  const std::string too_many =
      "error: this table has 100 columns and 1,001 rows or more, over 100,000 cells, folio's limit "
      "(docs/limits.md): split it into smaller tables";
  EXPECT_EQ(error_of("Text.\n\n" + table(100, 1001, "")), "7:1: " + too_many);
  EXPECT_EQ(error_of("Text.\n\n" + table(100, 1001, "> - ")), "7:1: " + too_many);
  EXPECT_EQ(error_of(table(3000, 2000, "")),
            "5:1: error: this table has 3,000 columns and 34 rows or more, over 100,000 cells, folio's limit "
            "(docs/limits.md): split it into smaller tables");
  // A table ends at a blank line: two of 60,000 cells are fine. A heading's underline has no '|':
  // the 120,000 lines under it are a paragraph, not rows.
  EXPECT_EQ(error_of(table(100, 600, "") + "\n" + table(100, 600, "")), "no error");
  std::string lines;
  for (int i = 0; i < 120000; ++i) lines += "x\n";
  EXPECT_EQ(error_of("Title\n---\n" + lines), "no error");
}

TEST(Limits, IssueSize) {
  std::string body;
  while (kHeader.size() + body.size() + 81 <= limits::kIssueBytes) body += std::string(79, 'z') + "\n\n";
  EXPECT_EQ(error_of(body), "no error");
  EXPECT_EQ(error_of(body + std::string(81, 'z')),
            " error: the issue file is larger than 4,194,304 bytes, folio's limit (docs/limits.md)");
}

}  // namespace
}  // namespace folio::input
