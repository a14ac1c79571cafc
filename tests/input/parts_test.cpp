// The Markdown body is parsed in parts (input/markdown_parts.hpp) only where that gives exactly
// what one parse of the whole body gives: checked on every sample, fixture and fuzz seed with
// parts as small as they can be, and on the constructs that go on past a blank line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "input/front_matter.hpp"
#include "input/input_test_util.hpp"
#include "input/markdown.hpp"
#include "input/markdown_parts.hpp"
#include "input/body_parts.hpp"

namespace folio::input {
namespace {

namespace fs = std::filesystem;
using testing::dump;
using testing::where;

std::string tree(const std::vector<Block>& blocks, const std::string& indent = "") {
  std::string out;
  for (const Block& b : blocks) {
    out += indent + std::to_string(static_cast<int>(b.kind)) + " " + where(b.pos) +
           " level=" + std::to_string(b.level) + " start=" + std::to_string(b.start) +
           " tight=" + std::to_string(b.tight) + " text=" + b.text + " inlines=" + dump(b.inlines);
    for (const Inline& i : b.inlines) out += " @" + where(i.pos);
    out += "\n" + tree(b.children, indent + "  ");
  }
  return out;
}

// The tree and warnings of `body` parsed in parts of `part_bytes` (cut wherever allowed).
std::string parsed(const std::string& body, std::size_t part_bytes) {
  Diagnostics diags;
  BodySource source("issue.md", 4, std::make_shared<const std::string>(testing::kHeader + body));
  const MarkdownBody parsed = parse_markdown(body, source, diags, part_bytes);
  std::string out = tree(parsed.blocks);
  for (const Note& n : parsed.notes) out += "note " + std::to_string(n.number) + " " + where(n.pos) + "\n" + tree(n.blocks, "  ");
  return out + dump(diags);
}

// The same, the parts handed on as they are parsed and then read again a part at a time, as a
// long issue's body is (body_parts.hpp): both readings must give the blocks of one parse.
std::string read_again(const std::string& body, std::size_t part_bytes) {
  Diagnostics diags;
  BodySource source("issue.md", 4, std::make_shared<const std::string>(testing::kHeader + body));
  std::vector<Block> taken;
  const MarkdownBody first = parse_markdown(body, source, diags, part_bytes, [&](std::vector<Block>& blocks) {
    for (Block& b : blocks) taken.push_back(std::move(b));
  });
  std::string notes;
  for (const Note& n : first.notes) notes += "note " + std::to_string(n.number) + " " + where(n.pos) + "\n" + tree(n.blocks, "  ");
  if (!first.taken) return tree(first.blocks) + notes + dump(diags);  // definitions keep it whole
  EXPECT_TRUE(first.blocks.empty());
  std::vector<Block> again;
  BodyParts(first.body, first.rewritten, source, first.parts).for_each([&](const std::vector<Block>& blocks) {
    again.insert(again.end(), blocks.begin(), blocks.end());
  });
  EXPECT_EQ(tree(again), tree(taken));
  return tree(again) + notes + dump(diags);
}

// Returns how many places the body may be cut at (so the tests know they cut something).
std::size_t expect_same_in_parts(const std::string& body, const std::string& name) {
  SCOPED_TRACE(name);
  const std::string whole = parsed(body, std::numeric_limits<std::size_t>::max());
  EXPECT_EQ(parsed(body, 1), whole);
  EXPECT_EQ(parsed(body, 100), whole);
  EXPECT_EQ(read_again(body, 1), whole);
  EXPECT_EQ(read_again(body, 100), whole);
  return part_starts(body).size();
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(MarkdownParts, EveryIssueWeHaveParsesTheSameInParts) {
  int files = 0;
  std::size_t cuts = 0;
  for (const char* dir : {"samples", "tests/pipeline/fixtures", "fuzz/corpus/issue", "golden"}) {
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(FOLIO_SOURCE_DIR) / dir)) {
      if (entry.path().extension() != ".md") continue;
      const std::string text = read(entry.path());
      if (text.rfind("---", 0) != 0) continue;
      try {
        cuts += expect_same_in_parts(std::string(split_front_matter(text, "issue.md").body), entry.path().string());
        ++files;
      } catch (const Error&) {  // a seed that is meant not to parse
      }
    }
  }
  EXPECT_GT(files, 40);
  EXPECT_GT(cuts, 500u);
}

TEST(MarkdownParts, BlocksThatGoOnPastABlankLine) {
  const std::vector<std::pair<const char*, std::string>> cases = {
      {"a fence with blank lines", "Para.\n\n```\ncode\n\nText in the code\n\nmore\n```\n\nAfter.\n"},
      {"a fence never closed", "Para.\n\n~~~\ncode\n\nText in the code\n"},
      {"a fence in a list, then a fence at the top",
       "- item\n\n  ```\n  code\n\ntext\n\n```\ninside code\n\nInside code still\n```\n\nOut.\n"},
      {"HTML blocks that end at their end tag",
       "<pre>\nline\n\nText in pre\n</pre>\n\nOut.\n\n<!-- "
       "a\n\nNote\n-->\n\nAfter.\n\n<script>\n\nx\n</script>\n"},
      {"an HTML block that ends at a blank line", "<div>\n*a*\n\nText *b*.\n"},
      {"lists with blank lines",
       "- a\n\n- b\n\nc\n\n1. one\n\n2. two\n\n3) three\n\nText.\n\n* x\n\n  y\n\nz\n"},
      {"indented code", "Para.\n\n    code\n\n    more code\n\nText.\n"},
      {"setext headings", "Title\n=====\n\nText\n\n---\n\nSub\n---\n\nEnd.\n"},
      {"quotes", "> a\n\n> b\n\n> c\n> d\n\nText.\n"},
      {"emphasis across a would-be cut", "*a\n\nb*\n\n**c\n\nd**\n"},
      {"a document that ends without a newline", "One.\n\nTwo."},
      {"blank lines with spaces and CRs", "One.\r\n \t\r\nTwo.\r\n\r\n    Three\r\n\r\nFour.\r\n"},
      {"reference definitions hold for the whole body",
       "[a][x]\n\nText.\n\n[x]: https://example.org/x\n\nMore [x].\n"},
      {"footnotes are numbered and kept for the whole body",
       "A note.[^b]\n\nText.\n\nAnother.[^a]\n\n[^a]: First.\n\n[^b]: Second.\n\n[^c]: Unused.\n"},
      {"a note reference without definitions", "Text.[^x]\n\nMore.\n"},
      {"tables", "| a | b |\n|---|---|\n| 1 | 2 |\n\nText.\n\n| c |\n|:-:|\n| 3 |\n"},
      {"a figure that ends a part, its caption the next part's first block",
       "Text.\n\n![Alt](a.png)\n\n*The caption.*\n\n![Two](b.png)\n\n![Three](c.png)\n\n*Its caption.*\n\n"
       "*Not a caption.*\n\n![Last](d.png)\n"},
  };
  for (const auto& [name, body] : cases) {
    const bool defines = body.find("]:") != std::string::npos;
    EXPECT_EQ(expect_same_in_parts(body, name) == 0, defines) << name;
  }
}

}  // namespace
}  // namespace folio::input
