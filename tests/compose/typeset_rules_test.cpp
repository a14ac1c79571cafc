// Page and column rules checked on the laid-out frame: keep-with-next, widows and orphans,
// the baseline grid, balanced last pages, contents page numbers and footers.
#include <gtest/gtest.h>

#include <map>

#include "compose/shipped_composer.hpp"
#include "frame/flatten.hpp"

namespace folio::compose {
namespace {

using Typeset = testing::ShippedComposer;
using Line = frame::Placed<frame::LineInfo>;

bool is_heading(const Line& l) { return l->style == "h1" || l->style == "h2" || l->style == "h3"; }
bool is_body(const Line& l) { return l.region.rfind("col", 0) == 0 && !is_heading(l); }

// Lines of one column of one page, top to bottom.
std::vector<Line> column(const frame::Frame& page, const std::string& region) {
  std::vector<Line> out;
  for (const Line& l : frame::flatten(page).lines)
    if (l.region == region) out.push_back(l);
  return out;
}

// A long issue: sections of paragraphs of varying length, so that column breaks fall
// everywhere (inside paragraphs, next to headings).
std::string long_issue(int sections) {
  const std::string sentence =
      "Researchers from several institutes reported measurable progress on cooperative projects in "
      "materials science, space technology and environmental monitoring. ";
  std::string md = "---\npublication: Test Review\nissue: June 2025\n---\n\n";
  for (int s = 0; s < sections; ++s) {
    md += "# Section number " + std::to_string(s + 1) + "\n\n";
    for (int p = 0; p < 3; ++p) {
      for (int k = 0; k < 1 + (s * 3 + p * 2) % 5; ++k) md += sentence;
      md += "\n\n";
    }
    if (s % 3 == 1) md += "## A subsection heading\n\n" + sentence + sentence + "\n\n";
  }
  return md;
}

class TypesetRules : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    t_ = new Typeset;
    doc_ = t_->run(long_issue(14));
  }
  static void TearDownTestSuite() { delete t_; }
  static inline Typeset* t_ = nullptr;
  static inline frame::PagedDoc doc_;
};

TEST_F(TypesetRules, LongIssueRunsOverSeveralPages) { EXPECT_GE(doc_.pages.size(), 4u); }

TEST_F(TypesetRules, NoHeadingEndsAColumnAndTwoLinesFollowIt) {
  for (std::size_t p = 0; p < doc_.pages.size(); ++p) {
    for (const char* region : {"col1", "col2"}) {
      const std::vector<Line> lines = column(doc_.pages[p], region);
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!is_heading(lines[i]) || !lines[i]->last_of_paragraph) continue;
        ASSERT_LT(i + 2, lines.size()) << "page " << p + 1 << " " << region << ": heading '" << lines[i]->text
                                       << "' without two lines after it";
        EXPECT_TRUE(is_body(lines[i + 1]) && is_body(lines[i + 2]));
      }
    }
  }
}

TEST_F(TypesetRules, NoWidowsOrOrphans) {
  // Every column of the issue in reading order.
  std::vector<std::vector<Line>> columns;
  for (const frame::Frame& page : doc_.pages)
    for (const char* region : {"col1", "col2"}) columns.push_back(column(page, region));
  int breaks_inside_paragraphs = 0;
  for (std::size_t c = 0; c + 1 < columns.size(); ++c) {
    const auto& here = columns[c];
    const auto& next = columns[c + 1];
    if (here.empty() || next.empty()) continue;
    if (!is_body(here.back()) || here.back()->last_of_paragraph) continue;
    // A paragraph runs on into the next column: two of its lines at this column's foot...
    ++breaks_inside_paragraphs;
    ASSERT_GE(here.size(), 2u);
    const Line& before = here[here.size() - 2];
    EXPECT_TRUE(is_body(before) && !before->last_of_paragraph) << "orphan: " << here.back()->text;
    // ...and two at the next column's top.
    EXPECT_FALSE(next.front()->last_of_paragraph) << "widow: " << next.front()->text;
  }
  EXPECT_GT(breaks_inside_paragraphs, 2);  // the rule was exercised
}

TEST_F(TypesetRules, BodyLinesSitOnTheBaselineGrid) {
  ASSERT_EQ(t_->page.baseline_grid, style::kAutoGrid);
  const Sp grid = t_->sheet.paragraph("body").leading;
  for (std::size_t p = 0; p < doc_.pages.size(); ++p) {
    std::map<Sp, int> offsets;
    for (const Line& l : frame::flatten(doc_.pages[p]).lines)
      if (is_body(l)) ++offsets[((l.at.y % grid) + grid) % grid];
    EXPECT_EQ(offsets.size(), 1u) << "page " << p + 1 << ": body baselines off the grid";
  }
}

TEST_F(TypesetRules, LastPageColumnsAreBalanced) {
  const frame::Frame& last = doc_.pages.back();
  const std::vector<Line> left = column(last, "col1"), right = column(last, "col2");
  ASSERT_FALSE(left.empty());
  ASSERT_FALSE(right.empty());
  const Sp diff = left.back().at.y - right.back().at.y;
  EXPECT_LE(std::abs(diff), t_->sheet.paragraph("body").leading);
}

TEST_F(TypesetRules, EveryPageHasItsFooter) {
  for (std::size_t p = 0; p < doc_.pages.size(); ++p) {
    const std::vector<Line> footer = column(doc_.pages[p], "footer");
    ASSERT_EQ(footer.size(), 1u);
    EXPECT_EQ(footer[0]->text, "JUNE 2025   " + std::to_string(p + 1));
    // Right-aligned at the right margin.
  }
}

TEST_F(TypesetRules, ContentsListsLevelOneHeadingsWithTheirPages) {
  std::map<std::string, int> heading_page;
  for (std::size_t p = 0; p < doc_.pages.size(); ++p)
    for (const Line& l : frame::flatten(doc_.pages[p]).lines)
      if (l->style == "h1") heading_page[l->text] = static_cast<int>(p) + 1;
  const std::vector<Line> entries = column(doc_.pages[0], "contents");
  int checked = 0;
  for (const Line& e : entries) {
    if (e->style != "contents-entry") continue;
    const std::size_t cut = e->text.rfind(' ');
    const std::string title = e->text.substr(0, cut);
    ASSERT_TRUE(heading_page.count(title)) << title;
    EXPECT_EQ(std::stoi(e->text.substr(cut + 1)), heading_page[title]) << title;
    ++checked;
  }
  EXPECT_EQ(checked, 14);
}

TEST(TypesetSmall, ShortIssueFitsOnePageAndBalances) {
  Typeset t;
  const frame::PagedDoc doc = t.run(
      "---\npublication: P\nissue: May 2025\n---\n\n# Only\n\nOne paragraph of a few words that fill "
      "several lines of a narrow column, so that the two columns of the page have something to share "
      "between them when they are balanced at the end of the issue.\n");
  ASSERT_EQ(doc.pages.size(), 1u);
  const auto left = column(doc.pages[0], "col1"), right = column(doc.pages[0], "col2");
  ASSERT_FALSE(left.empty());
  EXPECT_LE(std::abs(static_cast<long>(left.size()) - static_cast<long>(right.size() + 1)), 1);
}

}  // namespace
}  // namespace folio::compose
