// The text a reader copies out of every sample's PDF is the issue's text, in the order it was
// written: each block's text (as folio parses it) appears in the golden text.txt (poppler's
// reading of the PDF, checked against every render), whitespace aside, with no U+FFFD. Chinese
// between ideographs, Arabic and Hebrew inside English and whole right-to-left paragraphs.
#include <gtest/gtest.h>

#include "common/utf8.hpp"
#include "folio/diagnostic.hpp"
#include "golden/golden_test_support.hpp"
#include "input/load_issue.hpp"

namespace folio::golden::test {
namespace {

// Without what readers add or move around: whitespace (line ends, the spaces pdftotext puts at
// wide gaps), the bidi marks poppler writes around right-to-left runs, hyphens (a word broken at
// a line end), and straight or curly quotes.
std::string normalized(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    const bool dropped = c == U' ' || c == U'\n' || c == U'\t' || c == U'\f' || c == U'\r' || c == U'\u00A0' ||
                         c == U'-' || c == U'"' || c == U'\'' || c == U'\u00AD' || (c >= U'\u2018' && c <= U'\u201D') ||
                         (c >= U'\u202A' && c <= U'\u202E') || c == U'\u200E' || c == U'\u200F';
    if (!dropped) append_utf8(out, c);
  }
  return out;
}

void collect(const std::vector<input::Block>& blocks, std::vector<std::string>& out) {
  for (const input::Block& b : blocks) {
    const std::string text = b.kind == input::BlockKind::CodeBlock ? b.text : input::plain_text(b.inlines);
    if (!normalized(text).empty()) out.push_back(normalized(text));
    collect(b.children, out);
  }
}

// Whole, or in two parts where a column or page break splits the block (poppler may read the
// next column's top before the rest of this one).
bool read_back(const std::string& block, const std::string& text) {
  if (text.find(block) != std::string::npos) return true;
  for (std::size_t k = 1; k < block.size(); ++k)
    if (text.find(block.substr(0, k)) != std::string::npos && text.find(block.substr(k)) != std::string::npos)
      return true;
  return false;
}

class SampleReadback : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(SampleReadback, EveryBlockReadsBackAsWritten) {
  const auto [sample, golden] = GetParam();
  Diagnostics diags;
  const input::Document doc = input::load_issue(kRoot + "/samples/" + sample + "/issue.md", diags);
  const std::string text = slurp(kRoot + "/golden/" + golden + "/text.txt");
  EXPECT_EQ(text.find("\uFFFD"), std::string::npos);
  std::vector<std::string> blocks;
  collect(doc.blocks, blocks);
  ASSERT_GE(blocks.size(), 10u);
  const std::string flat = normalized(text);
  for (const std::string& b : blocks) EXPECT_TRUE(read_back(b, flat)) << b;
  EXPECT_NE(flat.find(normalized(doc.meta.publication)), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleReadback,
                         ::testing::Values(std::make_pair("2025-05", "may-2025"),
                                           std::make_pair("international", "international"),
                                           std::make_pair("zh-2025-05", "zh-2025-05")),
                         [](const auto& info) {
                           std::string name = info.param.second;
                           for (char& c : name) c = c == '-' ? '_' : c;
                           return name;
                         });

}  // namespace
}  // namespace folio::golden::test
