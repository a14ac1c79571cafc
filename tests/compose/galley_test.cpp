// The galley's vertical rules on hand-made lines, exact to the scaled point: line blocks on the
// baseline grid, the space between blocks, penalties against widows, orphans and lone headings,
// heading blocks and their outline entries.
#include "compose/galley.hpp"

#include <gtest/gtest.h>

#include "compose/page_geometry.hpp"
#include "frame/flatten.hpp"

namespace folio::compose {
namespace {

using flow::FlowItem;
using Type = FlowItem::Type;

// A 400 x 600pt page: two 180pt columns, a 12pt grid; columns 540pt high.
style::PageTemplate page_of() {
  style::PageTemplate page;
  page.width = pt(400);
  page.height = pt(600);
  page.margins = {pt(30), pt(10), pt(30), pt(10)};
  page.gutter = pt(20);
  page.baseline_grid = pt(12);
  return page;
}

style::ParagraphStyle style_of(const std::string& name, double size, double leading) {
  style::ParagraphStyle st;
  st.name = name;
  st.size = pt(size);
  st.leading = pt(leading);
  return st;
}

std::vector<frame::Frame> lines(int n, const std::string& text = "line") {
  std::vector<frame::Frame> out(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    out[i].line = frame::LineInfo{};
    out[i].line->text = text + " " + std::to_string(i + 1);
  }
  return out;
}

// "B24 P* B24 P0 ...": the vertical list in short, boxes by height in points.
std::string list_of(const Galley& g) {
  std::string out;
  for (const FlowItem& item : g.flow.items) {
    if (!out.empty()) out += ' ';
    if (item.type == Type::Box) out += "B" + std::to_string(static_cast<long>(to_pt(item.height)));
    if (item.type == Type::Glue) out += "G" + std::to_string(static_cast<long>(to_pt(item.height)));
    if (item.type == Type::Penalty) out += item.penalty >= flow::kNever ? "P*" : "P" + std::to_string(item.penalty);
  }
  return out;
}

class GalleyTest : public ::testing::Test {
 protected:
  style::PageTemplate page_ = page_of();
  style::FlowParams flow_;  // widows 2, orphans 2, two lines after a heading
  GalleyBuilder galley_{page_, flow_};
};

TEST_F(GalleyTest, EachLineIsABlockOnTheGridWithItsBaselineCentred) {
  const style::ParagraphStyle body = style_of("body", 10, 13);
  galley_.add_paragraph(lines(5), body, frame::Role::Paragraph);
  const Galley g = std::move(galley_).finish();
  // 13pt of leading takes two 12pt grid steps; no widow (last line alone) and no orphan.
  EXPECT_EQ(list_of(g), "B24 P* B24 P0 B24 P0 B24 P* B24");
  ASSERT_EQ(g.blocks.size(), 5u);
  for (std::size_t i = 0; i < g.blocks.size(); ++i) {
    const GalleyBlock& b = g.blocks[i];
    EXPECT_EQ(b.frame.width, pt(180));
    EXPECT_EQ(b.frame.height, pt(24));
    EXPECT_EQ(b.role, frame::Role::Paragraph);
    EXPECT_FALSE(b.outline);
    const frame::Flat flat = frame::flatten(b.frame);
    ASSERT_EQ(flat.lines.size(), 1u);
    EXPECT_EQ(flat.lines[0].at, (frame::Point{0, pt(12) + pt(3)}));  // 24/2 + 0.3 x 10pt
    EXPECT_EQ(flat.lines[0]->text, "line " + std::to_string(i + 1));
    EXPECT_EQ(g.flow.items[2 * i].payload, static_cast<int>(i));
  }
}

TEST_F(GalleyTest, SpaceBetweenBlocksIsTheLargerOneOnTheGrid) {
  style::ParagraphStyle first = style_of("body", 10, 12);
  first.space_after = pt(5);
  style::ParagraphStyle second = style_of("blockquote", 10, 12);
  second.space_before = pt(14);
  galley_.add_paragraph(lines(1), first, frame::Role::Paragraph);
  galley_.add_paragraph(lines(1), second, frame::Role::Quote);
  galley_.add_paragraph(lines(1), first, frame::Role::Paragraph);
  const Galley g = std::move(galley_).finish();
  // max(5, 14) = 14 -> 24; max(0, 0) = 0 between the quote and the last.
  EXPECT_EQ(list_of(g), "B12 G24 B12 G0 B12");
  EXPECT_EQ(g.blocks[1].role, frame::Role::Quote);
}

TEST_F(GalleyTest, AHeadingIsOneBlockKeptWithTheLinesAfterIt) {
  style::ParagraphStyle h2 = style_of("h2", 14, 17);
  h2.space_after = pt(4);
  h2.space_before = pt(10);
  h2.keep_with_next = true;
  flow_.lines_after_heading = 3;
  galley_.add_paragraph(lines(2), style_of("body", 10, 12), frame::Role::Paragraph);
  galley_.add_heading(lines(2, "head"), h2, 2, "A Heading");
  galley_.add_paragraph(lines(6), style_of("body", 10, 12), frame::Role::Paragraph);
  const Galley g = std::move(galley_).finish();
  // Heading: 2 x 17 + 4 = 38pt -> 48pt; 10pt before -> 12. Then no break before the paragraph,
  // nor in its first three lines, nor before its last (a widow).
  EXPECT_EQ(list_of(g), "B12 P* B12 G12 B48 P* G0 B12 P* B12 P* B12 P0 B12 P0 B12 P* B12");
  const GalleyBlock& heading = g.blocks[2];
  EXPECT_EQ(heading.role, frame::Role::Heading2);
  EXPECT_EQ(heading.outline, std::optional<std::string>("A Heading"));
  const frame::Flat flat = frame::flatten(heading.frame);
  ASSERT_EQ(flat.lines.size(), 2u);
  // 10pt of snapping goes above: first baseline 10 + 17/2 + 0.3 x 14.
  EXPECT_EQ(flat.lines[0].at.y, pt(10) + pt(8.5) + pt(4.2));
  EXPECT_EQ(flat.lines[1].at.y - flat.lines[0].at.y, pt(17));
}

TEST_F(GalleyTest, AHeadingOfHalfAColumnBreaksLikeAParagraphAndIsListedOnce) {
  const style::ParagraphStyle h1 = style_of("h1", 20, 24);
  galley_.add_heading(lines(12, "long"), h1, 1, "Long");  // 288pt > 270pt, half the column
  const Galley g = std::move(galley_).finish();
  ASSERT_EQ(g.blocks.size(), 12u);
  EXPECT_EQ(list_of(g).substr(0, 17), "B24 P0 B24 P0 B24");
  EXPECT_EQ(g.blocks[0].outline, std::optional<std::string>("Long"));
  for (std::size_t i = 1; i < g.blocks.size(); ++i) {
    EXPECT_FALSE(g.blocks[i].outline);
    EXPECT_EQ(g.blocks[i].role, frame::Role::Heading1);
  }
}

TEST_F(GalleyTest, ABlockKeepsItsFrameAndStillFollowsAHeading) {
  style::ParagraphStyle h3 = style_of("h3", 10, 12);
  h3.keep_with_next = true;
  galley_.add_heading(lines(1), h3, 3, "Three");
  frame::Frame rule;
  rule.height = galley_.snap(pt(13));
  rule.add({pt(60), pt(12)}, frame::Rule{pt(60), pt(0.5), Color{}});
  galley_.add_block(std::move(rule), frame::Role::Artifact);
  const Galley g = std::move(galley_).finish();
  EXPECT_EQ(list_of(g), "B12 P* G0 B24");
  EXPECT_EQ(g.blocks[1].role, frame::Role::Artifact);
  EXPECT_EQ(frame::flatten(g.blocks[1].frame).rules.at(0).at, (frame::Point{pt(60), pt(12)}));
}

TEST_F(GalleyTest, NoLinesNoBlock) {
  galley_.add_paragraph({}, style_of("body", 10, 12), frame::Role::Paragraph);
  galley_.add_heading({}, style_of("h1", 10, 12), 1, "Empty");
  const Galley g = std::move(galley_).finish();
  EXPECT_TRUE(g.flow.items.empty());
  EXPECT_TRUE(g.blocks.empty());
}

TEST(PageGeometry, ColumnsAndBaselines) {
  const style::PageTemplate page = page_of();
  EXPECT_EQ(text_width(page), pt(380));
  EXPECT_EQ(column_x(page, 0), pt(10));
  EXPECT_EQ(column_x(page, 1), pt(210));
  EXPECT_EQ(baseline_in_leading(pt(12), pt(10)), pt(9));
}

}  // namespace
}  // namespace folio::compose
