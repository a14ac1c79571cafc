// The page model's one operation, placing: a group moves what it holds by exactly its offset,
// keeps it (no copy), and lends it its role and region. Exact values in scaled points.
#include "frame/flatten.hpp"

#include <gtest/gtest.h>

namespace folio::frame {
namespace {

GlyphRun run_of(FontId font, std::vector<std::uint32_t> gids) {
  GlyphRun run;
  run.font = font;
  run.size = pt(10);
  for (std::uint32_t gid : gids) run.push(Glyph{gid, static_cast<std::int32_t>(pt(5)), 0, 0, 0}, "x");
  return run;
}

// A line of two runs and an underline; origin on the baseline.
Frame line_of(const std::string& text) {
  Frame line;
  line.add({pt(2), 0}, run_of(1, {10, 11}));
  line.add({pt(12), -pt(3)}, run_of(2, {12}));
  line.add({pt(2), pt(1)}, Rule{pt(15), pt(0.5), Color{}});
  LineInfo info;
  info.style = "body";
  info.measure = pt(160);
  info.text = text;
  line.line = info;
  return line;
}

TEST(Flatten, NestedGroupsAddTheirOffsetsExactly) {
  Frame block;
  block.place({0, 7}, line_of("one"));  // 7 sp: nothing is rounded on the way
  Frame column;
  column.region = "col2";
  column.place({0, pt(24)}, std::move(block));
  Frame page;
  page.place({pt(300), pt(100)}, std::move(column));

  const Flat flat = flatten(page);
  ASSERT_EQ(flat.runs.size(), 2u);
  EXPECT_EQ(flat.runs[0].at, (Point{pt(302), pt(124) + 7}));
  EXPECT_EQ(flat.runs[1].at, (Point{pt(312), pt(121) + 7}));
  ASSERT_EQ(flat.rules.size(), 1u);
  EXPECT_EQ(flat.rules[0].at, (Point{pt(302), pt(125) + 7}));
  ASSERT_EQ(flat.lines.size(), 1u);
  EXPECT_EQ(flat.lines[0].at, (Point{pt(300), pt(124) + 7}));
  EXPECT_EQ(flat.lines[0]->text, "one");
  EXPECT_EQ(flat.lines[0].region, "col2");
}

TEST(Flatten, PlacingMovesTheGlyphsWithoutCopyingThem) {
  GlyphRun run = run_of(1, {1, 2, 3});
  const Glyph* glyphs = run.glyphs.data();
  Frame line;
  line.add({}, std::move(run));
  Frame page;
  page.place({pt(1), pt(2)}, std::move(line));
  const Flat flat = flatten(page);
  ASSERT_EQ(flat.runs.size(), 1u);
  EXPECT_EQ(flat.runs[0]->glyphs.data(), glyphs);
}

TEST(Flatten, EachKindInPaintOrder) {
  Frame page;
  page.add({pt(1), 0}, Rule{pt(1), pt(1), Color{}});
  page.place({}, line_of("first"));
  page.add({pt(2), 0}, Link{pt(4), pt(5), "https://a.example/", {}});
  page.place({0, pt(20)}, line_of("second"));
  page.add({pt(3), 0}, Image{pt(50), pt(40), "fig-1", "A chart"});
  const Flat flat = flatten(page);
  ASSERT_EQ(flat.rules.size(), 3u);
  EXPECT_EQ(flat.rules[0].at.x, pt(1));  // the page's own rule, then one per line
  EXPECT_EQ(flat.rules[2].at.y, pt(21));
  ASSERT_EQ(flat.lines.size(), 2u);
  EXPECT_EQ(flat.lines[0]->text, "first");
  EXPECT_EQ(flat.lines[1]->text, "second");
  ASSERT_EQ(flat.runs.size(), 4u);
  EXPECT_EQ(flat.runs[2].at, (Point{pt(2), pt(20)}));
  ASSERT_EQ(flat.links.size(), 1u);
  EXPECT_EQ(flat.links[0]->uri, "https://a.example/");
  ASSERT_EQ(flat.images.size(), 1u);
  EXPECT_EQ(flat.images[0].at, (Point{pt(3), 0}));
  EXPECT_EQ(flat.images[0]->alt, "A chart");
}

TEST(Flatten, AnItemHasItsOwnRoleElseItsNearestGroupsRegionAndRole) {
  Frame label;
  label.add({}, run_of(1, {7}));
  Frame line = line_of("1. item");
  line.items.insert(line.items.begin(), Item{{-pt(8), 0}, Role::ListLabel, std::move(label)});
  Frame block;
  block.place({0, pt(12)}, std::move(line));
  Frame column;
  column.region = "col1";
  column.place({}, std::move(block), Role::ListItem);
  Frame footer;
  footer.region = "footer";
  footer.add({}, Rule{pt(100), pt(1), Color{}});
  Frame page;
  page.place({pt(40), pt(50)}, std::move(column));
  page.place({}, std::move(footer), Role::Artifact);
  page.add({}, Rule{pt(1), pt(300), Color{}}, Role::Artifact);

  const Flat flat = flatten(page);
  ASSERT_EQ(flat.runs.size(), 3u);
  EXPECT_EQ(flat.runs[0].role, Role::ListLabel);
  EXPECT_EQ(flat.runs[0].at, (Point{pt(32), pt(62)}));
  EXPECT_EQ(flat.runs[1].role, Role::ListItem);
  EXPECT_EQ(flat.runs[1].region, "col1");
  ASSERT_EQ(flat.lines.size(), 1u);
  EXPECT_EQ(flat.lines[0].role, Role::ListItem);
  ASSERT_EQ(flat.rules.size(), 3u);
  EXPECT_EQ(flat.rules[1].region, "footer");
  EXPECT_EQ(flat.rules[1].role, Role::Artifact);
  EXPECT_EQ(flat.rules[2].region, "");
  EXPECT_EQ(flat.rules[2].role, Role::Artifact);
}

TEST(Roles, HeadingLevelsRoundTrip) {
  EXPECT_EQ(heading_role(1), Role::Heading1);
  EXPECT_EQ(heading_role(6), Role::Heading6);
  EXPECT_EQ(heading_role(9), Role::Heading6);
  EXPECT_EQ(heading_role(0), Role::Heading1);
  for (int level = 1; level <= 6; ++level) EXPECT_EQ(heading_level(heading_role(level)), level);
  EXPECT_EQ(heading_level(Role::Paragraph), 0);
  EXPECT_EQ(heading_level(Role::ListItem), 0);
}

}  // namespace
}  // namespace folio::frame
