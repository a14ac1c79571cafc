#include <gtest/gtest.h>

#include "input/input_test_util.hpp"

namespace folio::input {
namespace {

using testing::dump;
using testing::parse_body;
using testing::where;

TEST(Blocks, HeadingsParagraphsAndBreaksWithFileLines) {
  Diagnostics diags;
  // Body line 1 is file line 5 (four front matter lines).
  const Document doc =
      parse_body("# One\n\nSome text.\n\n## Two\n\n---\n\n### Three\nSetext\n======\n", diags);
  ASSERT_EQ(doc.blocks.size(), 6u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::Heading);
  EXPECT_EQ(doc.blocks[0].level, 1);
  EXPECT_EQ(dump(doc.blocks[0].inlines), "One");
  EXPECT_EQ(where(doc.blocks[0].pos), "issue.md:5:1");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::Paragraph);
  EXPECT_EQ(dump(doc.blocks[1].inlines), "Some text.");
  EXPECT_EQ(where(doc.blocks[1].pos), "issue.md:7:1");
  EXPECT_EQ(doc.blocks[2].level, 2);
  EXPECT_EQ(where(doc.blocks[2].pos), "issue.md:9:1");
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::ThematicBreak);
  EXPECT_EQ(where(doc.blocks[3].pos), "issue.md:11:1");
  EXPECT_EQ(doc.blocks[4].level, 3);
  EXPECT_EQ(dump(doc.blocks[4].inlines), "Three");
  EXPECT_EQ(where(doc.blocks[4].pos), "issue.md:13:1");
  EXPECT_EQ(doc.blocks[5].kind, BlockKind::Heading);
  EXPECT_EQ(doc.blocks[5].level, 1);
  EXPECT_EQ(dump(doc.blocks[5].inlines), "Setext");
  EXPECT_EQ(where(doc.blocks[5].pos), "issue.md:14:1");
  EXPECT_EQ(dump(diags), "");
}

TEST(Blocks, HeadingLinesFollowALongerFrontMatter) {
  Diagnostics diags;
  const Document doc =
      parse_issue("---\npublication: P\n# a YAML comment\nissue: I\nlang: en\nstyle: s\n---\n\n\n# Late\n",
                  "x.md", diags);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(where(doc.blocks[0].pos), "x.md:10:1");
  EXPECT_EQ(where(doc.blocks[0].inlines[0].pos), "x.md:10:3");
}

TEST(Blocks, AllSixHeadingLevelsAreKept) {
  Diagnostics diags;
  const Document doc = parse_body("#### Four\n\n##### Five\n\n###### Six\n\n####### Seven\n", diags);
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].level, 4);
  EXPECT_EQ(doc.blocks[1].level, 5);
  EXPECT_EQ(doc.blocks[2].level, 6);
  EXPECT_EQ(dump(doc.blocks[2].inlines), "Six");
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::Paragraph);  // seven # are text, as CommonMark says
  EXPECT_EQ(dump(diags), "");
}

TEST(Blocks, TaskListItemsKeepTheirBox) {
  const Document doc = testing::parse_clean("- [ ] open\n- [x] done\n- plain\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Block& list = doc.blocks[0];
  ASSERT_EQ(list.children.size(), 3u);
  EXPECT_EQ(list.children[0].task, Task::Open);
  EXPECT_EQ(dump(list.children[0].children[0].inlines), "open");
  EXPECT_EQ(list.children[1].task, Task::Done);
  EXPECT_EQ(dump(list.children[1].children[0].inlines), "done");
  EXPECT_EQ(list.children[2].task, Task::None);
  // Inside a quote too (where cmark-gfm's extension does not see them).
  const Document quoted = testing::parse_clean("> - [x] quoted\n> - [ ] open\n> - [y] text\n");
  const Block& items = quoted.blocks[0].children[0];
  EXPECT_EQ(items.children[0].task, Task::Done);
  EXPECT_EQ(dump(items.children[0].children[0].inlines), "quoted");
  EXPECT_EQ(items.children[1].task, Task::Open);
  EXPECT_EQ(items.children[2].task, Task::None);
  EXPECT_EQ(dump(items.children[2].children[0].inlines), "[y] text");
}

TEST(Blocks, CodeBlocksKeepTheirInfoString) {
  const Document doc = testing::parse_clean("```rust\nfn main() {}\n```\n\n~~~\nplain\n~~~\n\n    indented\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].info, "rust");
  EXPECT_EQ(doc.blocks[0].text, "fn main() {}");
  EXPECT_EQ(doc.blocks[1].info, "");
  EXPECT_EQ(doc.blocks[2].info, "");
  EXPECT_EQ(doc.blocks[2].text, "indented");
}

TEST(Blocks, PreBecomesACodeBlock) {
  const Document doc =
      testing::parse_clean("<pre>\nif (a &lt; b)\n    <b>return</b>;\n</pre>\n\nAfter.\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::CodeBlock);
  EXPECT_EQ(doc.blocks[0].text, "if (a < b)\n    return;");
}

TEST(Blocks, HtmlBlockKeepsInlineTagsAndImageAltText) {
  Diagnostics diags;
  const Document doc = parse_body(
      "<p align=\"center\"><img src=\"x.png\" alt=\"The team\"> by <em>Ana</em></p>\n\n"
      "<details><summary>More</summary>hidden</details>\n",
      diags);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(dump(doc.blocks[0].inlines), "The team by em(Ana)");
  EXPECT_EQ(dump(doc.blocks[1].inlines), "More hidden");
  EXPECT_EQ(dump(diags),
            "issue.md:5:1: warning: an HTML <img> is not set (a figure is ![alt](src) alone in its paragraph); its alt text "
            "'The team' is kept as text\n"
            "issue.md:7:1: warning: HTML tag <details> is not supported; it is dropped and its text kept (warned once per file)\n"
            "issue.md:7:10: warning: HTML tag <summary> is not supported; it is dropped and its text kept (warned once per file)\n");
}

// CommonMark 0.31.2, section 4.6 (HTML blocks, condition 2) and 6.6 (raw HTML: comments).
TEST(Blocks, HtmlCommentsFollowCommonMark0312) {
  // Example 153: a comment block runs to its -->, over blank lines.
  Document doc = testing::parse_clean("<!-- Foo\n\nbar\n   baz -->\nokay\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(dump(doc.blocks[0].inlines), "okay");
  // Example 624: "--" inside a comment is allowed.
  doc = testing::parse_clean("foo <!-- this is a --\ncomment - with hyphens -->\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(dump(doc.blocks[0].inlines), "foo ");
  // Example 625: <!--> and <!---> are whole comments; the rest is text.
  doc = testing::parse_clean("foo <!--> foo -->\n\nfoo <!---> foo -->\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(dump(doc.blocks[0].inlines), "foo  foo \u2013>");
  EXPECT_EQ(dump(doc.blocks[1].inlines), "foo  foo \u2013>");
  // A comment block with dashes vanishes; in code it is code.
  doc = testing::parse_clean("<!-- a -- b --- c -->\n\n`<!-- x -- y -->`\n\n```\n<!-- k -- l -->\n```\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(dump(doc.blocks[0].inlines), "code(<!-- x -- y -->)");
  EXPECT_EQ(doc.blocks[1].text, "<!-- k -- l -->");
}

TEST(Blocks, WarningsAreOneLineEach) {
  Diagnostics diags;
  parse_body("see <img alt=\"two lines\"> and <img alt=\"a\nb\">\n\n<img alt=\"c\nd\">\n", diags);
  ASSERT_EQ(diags.all().size(), 3u);
  for (const Diagnostic& d : diags.all()) EXPECT_EQ(d.to_string().find('\n'), std::string::npos) << d.to_string();
  EXPECT_EQ(dump(diags),
            "issue.md:5:5: warning: an HTML <img> is not set (a figure is ![alt](src) alone in its paragraph); its alt text 'two lines' is kept as text\n"
            "issue.md:5:31: warning: an HTML <img> is not set (a figure is ![alt](src) alone in its paragraph); its alt text 'a b' is kept as text\n"
            "issue.md:8:1: warning: an HTML <img> is not set (a figure is ![alt](src) alone in its paragraph); its alt text 'c d' is kept as text\n");
}

TEST(Blocks, BulletListTightWithNestedOrderedList) {
  Diagnostics diags;
  const Document doc = parse_body("- one\n- two\n  1. three\n  2. four\n", diags);
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Block& list = doc.blocks[0];
  EXPECT_EQ(list.kind, BlockKind::BulletList);
  EXPECT_TRUE(list.tight);
  ASSERT_EQ(list.children.size(), 2u);
  EXPECT_EQ(list.children[0].kind, BlockKind::ListItem);
  ASSERT_EQ(list.children[0].children.size(), 1u);
  EXPECT_EQ(dump(list.children[0].children[0].inlines), "one");
  const Block& second = list.children[1];
  ASSERT_EQ(second.children.size(), 2u);
  EXPECT_EQ(second.children[0].kind, BlockKind::Paragraph);
  const Block& nested = second.children[1];
  EXPECT_EQ(nested.kind, BlockKind::OrderedList);
  EXPECT_EQ(nested.start, 1);
  EXPECT_TRUE(nested.tight);
  ASSERT_EQ(nested.children.size(), 2u);
  EXPECT_EQ(dump(nested.children[1].children[0].inlines), "four");
  EXPECT_EQ(where(nested.pos), "issue.md:7:3");
  EXPECT_EQ(where(nested.children[1].pos), "issue.md:8:3");
}

TEST(Blocks, LooseOrderedList) {
  Diagnostics diags;
  const Document doc = parse_body("7) first\n\n8) second\n", diags);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::OrderedList);
  EXPECT_EQ(doc.blocks[0].start, 7);
  EXPECT_FALSE(doc.blocks[0].tight);
  EXPECT_EQ(doc.blocks[0].children.size(), 2u);
}

TEST(Blocks, BlockQuoteHoldsBlocks) {
  Diagnostics diags;
  const Document doc = parse_body("> Quoted *text*\n>\n> - item\n", diags);
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Block& quote = doc.blocks[0];
  EXPECT_EQ(quote.kind, BlockKind::BlockQuote);
  ASSERT_EQ(quote.children.size(), 2u);
  EXPECT_EQ(quote.children[0].kind, BlockKind::Paragraph);
  EXPECT_EQ(dump(quote.children[0].inlines), "Quoted em(text)");
  EXPECT_EQ(where(quote.children[0].pos), "issue.md:5:3");
  EXPECT_EQ(quote.children[1].kind, BlockKind::BulletList);
}

TEST(Blocks, CodeBlocksKeepTheirTextVerbatim) {
  Diagnostics diags;
  const Document doc = parse_body("```cpp\nint a = \"x\" -- 1;\n  b;\n```\n\n    indented\n", diags);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::CodeBlock);
  EXPECT_EQ(doc.blocks[0].text, "int a = \"x\" -- 1;\n  b;");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::CodeBlock);
  EXPECT_EQ(doc.blocks[1].text, "indented");
  EXPECT_EQ(where(doc.blocks[1].pos), "issue.md:10:5");
}

TEST(Blocks, HtmlBlockTextBecomesAParagraph) {
  Diagnostics diags;
  const Document doc = parse_body(
      "Before.\n\n<div class=\"box\">\n  <p>Tom &amp; \"Jerry\"</p><p>again</p>\n</div>\n\n"
      "<!-- just a note -->\n\nAfter.\n",
      diags);
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::Paragraph);
  EXPECT_EQ(dump(doc.blocks[1].inlines), "Tom & \u201cJerry\u201d again");
  EXPECT_EQ(where(doc.blocks[1].pos), "issue.md:7:1");
  EXPECT_EQ(where(doc.blocks[1].inlines[0].pos), "issue.md:7:1");
  EXPECT_EQ(dump(doc.blocks[2].inlines), "After.");
  EXPECT_EQ(dump(diags), "");  // <div> and <p> hold text that needs no effect of its own
}

TEST(Blocks, HtmlBlockTextThatLooksLikeMarkdownStaysAParagraph) {
  Diagnostics diags;
  const Document doc = parse_body("<div>\n# not a heading\n</div>\n\n<div>2. not a list</div>\n", diags);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::Paragraph);
  EXPECT_EQ(dump(doc.blocks[0].inlines), "# not a heading");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::Paragraph);
  EXPECT_EQ(dump(doc.blocks[1].inlines), "2. not a list");
}

TEST(Blocks, EmptyBodyHasNoBlocks) {
  Diagnostics diags;
  const Document doc = parse_body("", diags);
  EXPECT_TRUE(doc.blocks.empty());
  EXPECT_TRUE(diags.all().empty());
}

TEST(Blocks, PlainTextFlattensInlines) {
  Diagnostics diags;
  const Document doc = parse_body("# A *b* `c` [d](http://x)<sup>e</sup>\\\nf\n", diags);
  ASSERT_EQ(doc.blocks.size(), 2u);  // an ATX heading is one line; "f" is a paragraph
  EXPECT_EQ(plain_text(doc.blocks[0].inlines), "A b c de\\");
  const Document para = parse_body("A *b*\\\nc\nd <u>e</u>\n", diags);
  EXPECT_EQ(plain_text(para.blocks[0].inlines), "A b c d e");
}

}  // namespace
}  // namespace folio::input
