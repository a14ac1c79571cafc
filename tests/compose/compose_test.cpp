// A small issue composed with the shipped style and layout, read back from its frames: the
// structure role of every kind of block, the regions, the outline, the contents entries, the
// furniture and the font table's order.
#include <gtest/gtest.h>

#include <algorithm>

#include "compose/page_geometry.hpp"
#include "compose/shipped_composer.hpp"
#include "frame/flatten.hpp"

namespace folio::frame {
inline void PrintTo(Role role, std::ostream* os) { *os << "Role(" << static_cast<int>(role) << ")"; }
}  // namespace folio::frame

namespace folio::compose {
namespace {

const char* const kIssue = R"(---
publication: Test Review
issue: June 2025
---

# First Section

Opening paragraph with a [link](https://example.org/x) in it.

## A Subsection

- one item
- two items

1. numbered

> A quoted line.

```
code here
```

***

# Second Section

Last words.
)";

using Line = frame::Placed<frame::LineInfo>;
using PlacedRun = frame::Placed<frame::GlyphRun>;

std::string run_text(const frame::GlyphRun& run) {
  return run.text;
}

Sp run_end(const PlacedRun& r) {
  Sp x = r.at.x;
  for (const frame::Glyph& g : r->glyphs) x += g.x_advance;
  return x;
}

class ComposeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_ = new Shared;
    s_->doc = s_->run(kIssue);
    ASSERT_EQ(s_->doc.pages.size(), 1u);
    s_->flat = frame::flatten(s_->doc.pages[0]);
  }
  static void TearDownTestSuite() { delete s_; }

  // The first line of `region` whose text starts with `start`.
  static Line line(const std::string& start, const std::string& region) {
    for (const Line& l : s_->flat.lines)
      if (l->text.rfind(start, 0) == 0 && l.region == region) return l;
    ADD_FAILURE() << "no line in " << region << " starts with '" << start << "'";
    return s_->flat.lines.at(0);
  }

  struct Shared : testing::ShippedComposer {
    frame::PagedDoc doc;
    frame::Flat flat;
  };
  static inline Shared* s_ = nullptr;
};

TEST_F(ComposeTest, EachBlockHasItsRoleAndRegion) {
  const struct {
    const char* start;
    frame::Role role;
    const char* region;
  } expected[] = {
      {"Test Review", frame::Role::Title, "masthead"},
      {"JUNE 2025", frame::Role::Title, "masthead"},
      {"IN THIS ISSUE", frame::Role::Caption, "contents"},
      {"First Section 1", frame::Role::ContentsEntry, "contents"},
      {"Second Section 1", frame::Role::ContentsEntry, "contents"},
      {"First Section", frame::Role::Heading1, "col1"},
      {"Opening paragraph", frame::Role::Paragraph, "col1"},
      {"A Subsection", frame::Role::Heading2, "col1"},
      {"\u2022 one item", frame::Role::ListItem, "col1"},
      {"\u2022 two items", frame::Role::ListItem, "col1"},
      {"1. numbered", frame::Role::ListItem, "col1"},
      {"A quoted line.", frame::Role::Quote, "col1"},
      {"code here", frame::Role::Code, "col2"},
      {"Second Section", frame::Role::Heading1, "col2"},
      {"Last words.", frame::Role::Paragraph, "col2"},
      {"JUNE 2025   1", frame::Role::Artifact, "footer"},
  };
  for (const auto& e : expected) EXPECT_EQ(line(e.start, e.region).role, e.role) << e.start;
  EXPECT_EQ(s_->flat.lines.size(), std::size(expected));
}

TEST_F(ComposeTest, AListMarkerHangsBeforeItsLineAsALabel) {
  const Line item = line("\u2022 one item", "col1");
  std::vector<PlacedRun> labels;
  for (const PlacedRun& r : s_->flat.runs)
    if (r.role == frame::Role::ListLabel) labels.push_back(r);
  ASSERT_EQ(labels.size(), 3u);  // two bullets and a number
  EXPECT_EQ(run_text(*labels[0]), "\u2022");
  EXPECT_EQ(labels[0].at.y, item.at.y);
  EXPECT_LT(labels[0].at.x, item.at.x + s_->sheet.paragraph("list-item").left_indent);
  EXPECT_EQ(run_text(*labels[2]), "1.");
}

TEST_F(ComposeTest, ThematicBreakAndFurnitureRulesAreArtifacts) {
  const style::PageTemplate& page = s_->page;
  const Sp width = text_width(page);
  int in_columns = 0, in_footer = 0;
  for (const frame::Placed<frame::Rule>& r : s_->flat.rules) {
    if (r.region == "col1" || r.region == "col2") {
      if (r.role == frame::Role::Artifact) ++in_columns;
    } else if (r.region == "footer") {
      ++in_footer;
      EXPECT_EQ(r.role, frame::Role::Artifact);
      // The footer's rule a leading above its baseline, across the text width.
      const Sp baseline = page.height - page.footer.baseline;
      EXPECT_EQ(r.at, (frame::Point{page.margins.left, baseline - s_->sheet.paragraph("footer").leading}));
      EXPECT_EQ(r->width, width);
    }
  }
  EXPECT_EQ(in_columns, 2);  // the thematic break and the code block's tint
  EXPECT_EQ(in_footer, 1);
}

TEST_F(ComposeTest, OutlineListsHeadingsAtTheTopOfTheirBlocks) {
  const std::vector<frame::OutlineEntry>& outline = s_->doc.outline;
  ASSERT_EQ(outline.size(), 3u);
  EXPECT_EQ(outline[0].title, "First Section");
  EXPECT_EQ(outline[1].title, "A Subsection");
  EXPECT_EQ(outline[1].level, 2);
  EXPECT_EQ(outline[2].title, "Second Section");
  EXPECT_EQ(outline[2].level, 1);
  const Sp leading = s_->sheet.paragraph("h1").leading;
  const Line heading = line("First Section", "col1");
  EXPECT_LT(outline[0].y, heading.at.y);
  EXPECT_GT(outline[0].y, heading.at.y - 2 * leading);
}

TEST_F(ComposeTest, ContentsEntriesEndInLeadersAndARightAlignedNumber) {
  const Line entry = line("First Section 1", "contents");
  std::vector<PlacedRun> runs;  // the entry's runs: on its baseline, in the contents region
  for (const PlacedRun& r : s_->flat.runs)
    if (r.region == "contents" && r.at.y == entry.at.y) runs.push_back(r);
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(run_text(*runs[0]), "FirstSection");  // a space is an advance, not a glyph
  EXPECT_EQ(runs[1].role, frame::Role::Artifact);
  EXPECT_EQ(run_text(*runs[1]), "");  // leaders are not text
  EXPECT_GT(runs[1]->glyphs.size(), 10u);
  EXPECT_EQ(run_text(*runs[2]), "1");
  EXPECT_EQ(runs[2].role, frame::Role::ContentsEntry);
  EXPECT_EQ(run_end(runs[2]), s_->page.margins.left + text_width(s_->page));
}

TEST_F(ComposeTest, FontsAreNumberedInTheOrderTheyAreFirstPlaced) {
  // Composition places the masthead, then the columns, then the furniture.
  std::vector<frame::FontId> order;
  for (const char* prefix : {"m", "c", "f"})  // masthead and contents, col1 and col2, footer
    for (const PlacedRun& r : s_->flat.runs)
      if (r.region.rfind(prefix, 0) == 0 && std::find(order.begin(), order.end(), r->font) == order.end())
        order.push_back(r->font);
  std::vector<frame::FontId> table;
  for (const frame::FontRef& f : s_->doc.fonts) {
    table.push_back(f.id);
    EXPECT_EQ(f.path, s_->fonts.face(f.id).path());
  }
  EXPECT_EQ(table, order);
  EXPECT_GE(table.size(), 3u);
}

}  // namespace
}  // namespace folio::compose
