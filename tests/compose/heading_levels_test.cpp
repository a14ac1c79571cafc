// All six heading levels (issue 10): each in its own style, all in the PDF outline at their level,
// and the contents listing level 2 under a lone level-1 heading.
#include <gtest/gtest.h>

#include <tuple>

#include "frame/flatten.hpp"
#include "shipped_composer.hpp"

namespace folio::compose {
namespace {

const std::string kIssue = testing::kTestFrontMatter + R"(
# Projects

## Compiler

### Front end

#### Parser

##### Recovery

###### Notes

Text.

## Library

More text.
)";

TEST(HeadingLevels, EachLevelHasItsStyleItsOutlineLevelAndTheContentsListsLevelTwo) {
  testing::ShippedComposer c;
  const frame::PagedDoc doc = c.run(kIssue);
  std::vector<std::string> styles, contents;
  for (const frame::Placed<frame::LineInfo>& l : frame::flatten(doc.pages[0]).lines) {
    if (l->style.size() == 2 && l->style[0] == 'h') styles.push_back(l->style + " " + l->text);
    if (l->style == "contents-entry") contents.push_back(l->text);
  }
  EXPECT_EQ(styles, (std::vector<std::string>{"h1 Projects", "h2 Compiler", "h3 Front end", "h4 Parser",
                                              "h5 RECOVERY", "h6 Notes", "h2 Library"}));
  std::vector<std::string> outline;
  for (const frame::OutlineEntry& e : doc.outline) outline.push_back(std::to_string(e.level) + " " + e.title);
  EXPECT_EQ(outline, (std::vector<std::string>{"1 Projects", "2 Compiler", "3 Front end", "4 Parser", "5 Recovery",
                                               "6 Notes", "2 Library"}));
  EXPECT_EQ(contents, (std::vector<std::string>{"Compiler 1", "Library 1"}));
  // A visible hierarchy: no two levels look alike (size, weight, slant, capitals or face differ).
  const auto look = [&](int level) {
    const style::ParagraphStyle& s = c.sheet.paragraph("h" + std::to_string(level));
    return std::make_tuple(s.size, s.weight, s.italic, s.uppercase, s.family, s.color);
  };
  for (int a = 1; a <= 6; ++a)
    for (int b = a + 1; b <= 6; ++b) EXPECT_NE(look(a), look(b)) << "h" << a << " and h" << b;
}

}  // namespace
}  // namespace folio::compose
