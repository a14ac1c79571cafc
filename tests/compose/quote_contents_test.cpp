// Block quotes hold everything Markdown allows inside them at the quote's indent: paragraphs,
// lists, code blocks, nested quotes and tables (issue 10).
#include <gtest/gtest.h>

#include "compose/page_geometry.hpp"
#include "frame/flatten.hpp"
#include "shipped_composer.hpp"

namespace folio::compose {
namespace {

const std::string kIssue = testing::kTestFrontMatter + R"(
Plain text.

> Quoted text.
>
> ### Headed
>
> - Listed
>
> ```
> coded
> ```
>
> > Nested
>
> | Year | Budget |
> |---|--:|
> | 2024 | 12 |
)";

// Where the first glyph run whose text starts with `word` begins on page 1, from its column's
// left edge.
Sp x_of(const frame::PagedDoc& doc, const style::PageTemplate& page, const std::string& word) {
  for (const auto& r : frame::flatten(doc.pages[0]).runs)
    if (r->text.rfind(word, 0) == 0) {
      int column = 0;
      while (column + 1 < page.columns && r.at.x >= column_x(page, column + 1)) ++column;
      return r.at.x - column_x(page, column);
    }
  ADD_FAILURE() << "no run starts with " << word;
  return 0;
}

TEST(QuoteContents, EveryBlockInAQuoteStartsAtTheQuotesIndent) {
  testing::ShippedComposer c;
  const frame::PagedDoc doc = c.run(kIssue);
  const Sp indent = c.sheet.paragraph("blockquote").left_indent;
  const Sp left = x_of(doc, c.page, "Plain");
  EXPECT_EQ(left, 0);
  const Sp padding = c.sheet.paragraph("code-block").padding;
  EXPECT_EQ(x_of(doc, c.page, "Quoted"), left + indent + c.sheet.paragraph("blockquote").first_indent);
  EXPECT_EQ(x_of(doc, c.page, "Headed"), left + indent);
  EXPECT_EQ(x_of(doc, c.page, "Listed"), left + indent + c.sheet.paragraph("list-item").left_indent);
  EXPECT_EQ(x_of(doc, c.page, "coded"), left + indent + padding);
  EXPECT_EQ(x_of(doc, c.page, "Nested"), left + 2 * indent + c.sheet.paragraph("blockquote").first_indent);
  EXPECT_EQ(x_of(doc, c.page, "Year"), left + indent);
}

}  // namespace
}  // namespace folio::compose
