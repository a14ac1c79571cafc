// Figures in the document tree: an image alone in its paragraph, its attributes, its caption
// (the alt text, or the emphasised paragraph after it), and the images folio refuses.
#include <gtest/gtest.h>

#include "input/input_test_util.hpp"

namespace folio::input {
namespace {

using testing::dump;
using testing::parse_body;
using testing::where;

std::string error_of(const std::string& body) {
  Diagnostics diags;
  try {
    parse_body(body, diags);
  } catch (const Error& e) {
    return e.diagnostic().to_string();
  }
  return "<no error>";
}

TEST(Figures, AnImageAloneIsAFigureCaptionedByItsAltText) {
  Diagnostics diags;
  const Document doc = parse_body("Text.\n\n![Tianwen-2 *lifts off*](images/launch%20pad.jpg)\n\nMore.\n", diags);
  ASSERT_EQ(doc.blocks.size(), 3u);
  const Block& f = doc.blocks[1];
  EXPECT_EQ(f.kind, BlockKind::Figure);
  EXPECT_EQ(f.image, "images/launch%20pad.jpg");
  EXPECT_EQ(f.alt, "Tianwen-2 lifts off");
  EXPECT_EQ(dump(f.inlines), "Tianwen-2 em(lifts off)");
  EXPECT_FALSE(f.wide);
  EXPECT_EQ(where(f.pos), "issue.md:7:1");
  EXPECT_TRUE(diags.all().empty());
}

TEST(Figures, AnEmphasisedParagraphAfterwardsIsTheCaption) {
  Diagnostics diags;
  const Document doc =
      parse_body("![The launch pad](pad.jpg)\n\n*Long March 2D on the pad, **before** dawn.*\n\nText.\n", diags);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].alt, "The launch pad");
  EXPECT_EQ(dump(doc.blocks[0].inlines), "Long March 2D on the pad, strong(before) dawn.");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::Paragraph);
}

TEST(Figures, AnEmphasisedParagraphWithMoreTextIsNotACaption) {
  Diagnostics diags;
  const Document doc = parse_body("![Pad](pad.jpg)\n\n*Emphasis* and text.\n", diags);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(dump(doc.blocks[0].inlines), "Pad");
}

TEST(Figures, WideAndColumnAttributes) {
  Diagnostics diags;
  const Document doc = parse_body("![A](a.jpg){.wide}\n\n![B](b.pdf) { .column }\n\n![C](c.png)\n{.wide}\n", diags);
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_TRUE(doc.blocks[0].wide);
  EXPECT_FALSE(doc.blocks[1].wide);
  EXPECT_TRUE(doc.blocks[2].wide);
}

TEST(Figures, AnUnknownAttributeIsAnErrorAtItsBrace) {
  EXPECT_EQ(error_of("Text.\n\n![A](a.jpg) {.wdie}\n"),
            "issue.md:7:13: error: unknown figure attribute '.wdie' (did you mean '.wide'?): a figure takes "
            "{.wide} (across the columns) or {.column} (the default)");
  EXPECT_EQ(error_of("![A](a.jpg){width=50%}\n"),
            "issue.md:5:12: error: unknown figure attribute 'width=50%': a figure takes {.wide} (across the "
            "columns) or {.column} (the default)");
}

TEST(Figures, AnImageAmongTextIsAnError) {
  EXPECT_EQ(error_of("Some text.\n\nsee ![a chart](c.png) here\n"),
            "issue.md:7:5: error: an image must stand alone in its paragraph, as a figure: put it on a line of "
            "its own, with a blank line before and after");
  EXPECT_EQ(error_of("# Title ![x](y.png)\n"),
            "issue.md:5:9: error: an image must stand alone in its paragraph, as a figure: put it on a line of "
            "its own, with a blank line before and after");
}

TEST(Figures, FiguresInListsAndQuotes) {
  Diagnostics diags;
  const Document doc = parse_body("> ![Q](q.jpg)\n>\n> *Quoted caption.*\n", diags);
  ASSERT_EQ(doc.blocks.size(), 1u);
  ASSERT_EQ(doc.blocks[0].children.size(), 1u);
  EXPECT_EQ(doc.blocks[0].children[0].kind, BlockKind::Figure);
  EXPECT_EQ(dump(doc.blocks[0].children[0].inlines), "Quoted caption.");
}

TEST(Figures, NoAltTextWarns) {
  Diagnostics diags;
  const Document doc = parse_body("![](chart.pdf)\n", diags);
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].to_string(),
            "issue.md:5:1: warning: the figure has no alt text: write what it shows between the brackets, "
            "![like this](chart.pdf), for readers who cannot see it");
}

}  // namespace
}  // namespace folio::input
