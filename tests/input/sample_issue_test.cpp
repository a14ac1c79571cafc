#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <sstream>

#include "input/input_test_util.hpp"

namespace folio::input {
namespace {

void visit(const std::vector<Inline>& inlines, const std::function<void(const Inline&)>& fn) {
  for (const Inline& item : inlines) {
    fn(item);
    visit(item.children, fn);
  }
}

void visit(const std::vector<Block>& blocks, const std::function<void(const Inline&)>& fn) {
  for (const Block& block : blocks) {
    visit(block.inlines, fn);
    visit(block.children, fn);
  }
}

TEST(SampleIssue, May2025ParsesCleanly) {
  Diagnostics diags;
  const std::string path = std::string(FOLIO_SOURCE_DIR) + "/samples/2025-05/issue.md";
  const Document doc = load_issue(path, diags);
  EXPECT_EQ(testing::dump(diags), "");
  EXPECT_EQ(doc.meta.publication, "China Science and Technology Review");
  EXPECT_EQ(doc.meta.issue, "May 2025");
  EXPECT_EQ(doc.meta.lang, "en");

  std::vector<std::string> titles;
  for (const Block& block : doc.blocks) {
    EXPECT_NE(block.kind, BlockKind::BulletList) << "the contents list is generated, not written";
    if (block.kind == BlockKind::Heading) {
      EXPECT_EQ(block.level, 1);
      titles.push_back(plain_text(block.inlines));
    }
  }
  EXPECT_EQ(titles,
            (std::vector<std::string>{
                "China-Latin America Science and Technology Cooperation",
                "China Launches its First Asteroid Sample Mission", "Scientific Collaboration Projects",
                "Scientific Research Breakthroughs and Discoveries", "China Science Diplomacy"}));
  EXPECT_EQ(doc.blocks.size(), 22u);  // 5 headings + 14 paragraphs + the budget table + 2 figures
  const Block& table = doc.blocks[4];
  ASSERT_EQ(table.kind, BlockKind::Table);
  EXPECT_EQ(table.table.columns.size(), 5u);
  EXPECT_EQ(table.table.columns.back(), ColumnAlign::Right);
  EXPECT_EQ(table.table.rows.size(), 6u);
  ASSERT_EQ(doc.notes.size(), 2u);  // the budget's basis and 2016 HO3

  std::vector<std::string> links, superscripts, emphasis;
  std::string all_text;
  visit(doc.blocks, [&](const Inline& item) {
    if (item.kind == InlineKind::Link) links.push_back(item.url);
    if (item.kind == InlineKind::Superscript) superscripts.push_back(plain_text(item.children));
    if (item.kind == InlineKind::Emphasis) emphasis.push_back(plain_text(item.children));
    if (item.kind == InlineKind::Text) all_text += item.text;
  });
  ASSERT_EQ(links.size(), 4u);
  for (const std::string& url : links) EXPECT_EQ(url.rfind("https://example.org/", 0), 0u) << url;
  EXPECT_EQ(superscripts, std::vector<std::string>{"th"});
  EXPECT_EQ(emphasis, (std::vector<std::string>{"Tianwen-2", "Tianwen-2", "Tianwen-2"}));
  // Typographic punctuation, and none of the extraction glitches left.
  EXPECT_NE(all_text.find("China\u2019s"), std::string::npos);
  EXPECT_NE(all_text.find("\u201cexpects groundbreaking"), std::string::npos);
  EXPECT_NE(all_text.find("documents \u2013 The Beijing"), std::string::npos);
  EXPECT_NE(all_text.find("near-earth asteroid 2016 HO3"), std::string::npos);
  for (const char* glitch : {"MAY 2025", "nearearth", "UNESCOdesignated", "peerreview", "2016h03", "\"", "'"})
    EXPECT_EQ(all_text.find(glitch), std::string::npos) << glitch;
}

// The complete example in docs/format.md must stay a valid, warning-free issue.
TEST(FormatDoc, ExampleParsesWithoutWarnings) {
  std::ifstream in(std::string(FOLIO_SOURCE_DIR) + "/docs/format.md");
  ASSERT_TRUE(in.good());
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc_text = text.str();
  const size_t begin = doc_text.find("```markdown\n");
  ASSERT_NE(begin, std::string::npos);
  const size_t body = begin + 12;
  const size_t end = doc_text.find("\n```\n", body);
  ASSERT_NE(end, std::string::npos);
  Diagnostics diags;
  const Document doc = parse_issue(doc_text.substr(body, end + 1 - body), "example.md", diags);
  EXPECT_EQ(testing::dump(diags), "");
  EXPECT_EQ(doc.meta.issue, "May 2025");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(testing::dump(doc.blocks[1].inlines),
            "China successfully launched its first asteroid sample-return mission, em(Tianwen-2), on 29 May. "
            "The~head of the China National Space Administration link<https://example.org/cnsa>(stated) that "
            "he \u201cexpects~groundbreaking discoveries\u201d \u2013 a first for the 75sup(th) year of the "
            "programme.");
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::BulletList);
  EXPECT_EQ(testing::dump(doc.blocks[3].children[1].children[0].inlines),
            "A u(new) memorandum on clean technology");
}

}  // namespace
}  // namespace folio::input
