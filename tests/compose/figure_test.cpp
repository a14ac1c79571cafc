// Figures composed with the shipped style and layout: scaled to the column keeping their
// proportions, narrowed to the layout's height limit, captioned and numbered under the picture,
// the whole on the baseline grid, the alt text and the roles in the page model.
#include <gtest/gtest.h>

#include <map>

#include "common/decimal.hpp"
#include "compose/shipped_composer.hpp"
#include "frame/flatten.hpp"
#include "frame/layout_dump.hpp"

namespace folio::compose {
namespace {

const std::string kHead = "---\npublication: Test Review\nissue: June 2025\n---\n\n";

struct Figures : ::testing::Test {
  testing::ShippedComposer c;
  void SetUp() override {
    c.add_figure_file("rgb.png", "rgb.png");       // 64 x 48
    c.add_figure_file("chart.pdf", "vector-chart.pdf");  // 170.08 x 113.39 pt
  }
  std::vector<frame::Placed<frame::Image>> images(const frame::PagedDoc& doc, int page = 0) {
    return frame::flatten(doc.pages[page]).images;
  }
};

TEST_F(Figures, AColumnFigureTakesTheColumnWidthAndKeepsItsProportions) {
  const frame::PagedDoc doc = c.run(kHead + "![A gradient](rgb.png)\n");
  const auto im = images(doc);
  ASSERT_EQ(im.size(), 1u);
  EXPECT_EQ(im[0]->width, c.page.column_width());
  EXPECT_EQ(im[0]->height, std::llround(static_cast<double>(c.page.column_width()) * 48 / 64));
  EXPECT_EQ(im[0]->alt, "A gradient");
  EXPECT_EQ(im[0].role, frame::Role::Figure);
  EXPECT_EQ(im[0].region, "col1");
  ASSERT_EQ(doc.images.size(), 1u);
  EXPECT_EQ(doc.images[0].id, im[0]->id);
  EXPECT_EQ(doc.images[0].source, "rgb.png");
}

TEST_F(Figures, TheCaptionIsNumberedUnderThePictureInTheCaptionStyle) {
  const frame::PagedDoc doc =
      c.run(kHead + "![A gradient](rgb.png)\n\n![A chart](chart.pdf)\n\n*Bars, with **labels**.*\n");
  std::vector<std::string> captions;
  const frame::Flat flat = frame::flatten(doc.pages[0]);
  for (const frame::Placed<frame::LineInfo>& l : flat.lines)
    if (l->style == "caption") {
      captions.push_back(l->text);
      EXPECT_EQ(l.role, frame::Role::Caption);
    }
  EXPECT_EQ(captions, (std::vector<std::string>{"Figure 1. A gradient", "Figure 2. Bars, with labels."}));
  // The caption's first baseline sits below the picture's foot.
  const auto im = images(doc);
  ASSERT_EQ(im.size(), 2u);
  for (const frame::Placed<frame::LineInfo>& l : flat.lines)
    if (l->text == "Figure 1. A gradient") EXPECT_GT(l.at.y, im[0].at.y + im[0]->height);
}

TEST_F(Figures, FigureAndCaptionTakeWholeGridLines) {
  // The text after the figure lands back on the grid of the text before it.
  const frame::PagedDoc doc = c.run(kHead + "Before.\n\n![A gradient](rgb.png)\n\nAfter.\n");
  Sp before = -1, after = -1;
  for (const frame::Placed<frame::LineInfo>& l : frame::flatten(doc.pages[0]).lines) {
    if (l->text == "Before.") before = l.at.y;
    if (l->text == "After.") after = l.at.y;
  }
  ASSERT_GT(before, 0);
  ASSERT_GT(after, before);
  EXPECT_EQ((after - before) % c.page.baseline_grid, 0);
}

TEST_F(Figures, ATallPictureIsNarrowedToTheMaximumHeight) {
  c.page.figures.max_height = pt(60);
  const frame::PagedDoc doc = c.run(kHead + "![A gradient](rgb.png)\n");
  const auto im = images(doc);
  ASSERT_EQ(im.size(), 1u);
  EXPECT_EQ(im[0]->height, pt(60));
  EXPECT_EQ(im[0]->width, pt(80));
  EXPECT_EQ(im[0].at.x - c.page.margins.left, (c.page.column_width() - pt(80)) / 2) << "centred";
}

TEST_F(Figures, OnePictureTwiceIsOneEntryOfTheImageTable) {
  const frame::PagedDoc doc = c.run(kHead + "![One](rgb.png)\n\nText.\n\n![Two](rgb.png)\n");
  EXPECT_EQ(images(doc).size(), 2u);
  EXPECT_EQ(doc.images.size(), 1u);
}

TEST_F(Figures, TheLayoutDumpListsEachFigureWithItsBoxAndAltText) {
  const frame::PagedDoc doc = c.run(kHead + "![A gradient](rgb.png)\n");
  const std::string dump = frame::dump_layout(doc);
  const auto im = images(doc);
  ASSERT_EQ(im.size(), 1u);
  const std::string line = "  col1 figure x=48.189 y=" + format_points(im[0].at.y, 3, Zeros::Keep) +
                           " w=240.945 h=180.709 rgb.png | A gradient\n";
  EXPECT_NE(dump.find(line), std::string::npos) << dump;
}

TEST_F(Figures, ALowResolutionWarnsOncePerPicture) {
  Diagnostics diags;
  c.run(kHead + "![One](rgb.png)\n\nText.\n\n![Two](rgb.png)\n", diags);
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].to_string(),
            "test.md:6:1: warning: image 'rgb.png' has 19 ppi at its printed size, below the layout's 150: it may "
            "print blurred; use a picture at least 502 pixels wide");
}

}  // namespace
}  // namespace folio::compose

namespace folio::compose {
namespace {

TEST_F(Figures, AWideFigureSpansTheTextWidthAboveTheColumns) {
  c.page.figures.max_height = pt(1000);
  const frame::PagedDoc doc = c.run(kHead + "![A wide chart](chart.pdf){.wide}\n\nText under it.\n");
  const auto im = images(doc);
  ASSERT_EQ(im.size(), 1u);
  const Sp full = c.page.width - c.page.margins.left - c.page.margins.right;
  EXPECT_EQ(im[0]->width, full);
  EXPECT_NEAR(static_cast<double>(im[0]->height), static_cast<double>(full) * 113.39 / 170.08, pt(0.01));
  EXPECT_EQ(im[0].region, "top");
  EXPECT_EQ(im[0].at.x, c.page.margins.left);
  // The text starts under the figure, on the grid.
  for (const frame::Placed<frame::LineInfo>& l : frame::flatten(doc.pages[0]).lines)
    if (l->text == "Text under it.") EXPECT_GT(l.at.y, im[0].at.y + im[0]->height);
}

TEST_F(Figures, AFigureThatDoesNotFitFloatsToTheNextColumnTopAndTextFillsTheGap) {
  // Thirty lines leave less than the figure's height in the first column: it goes to the top of
  // the second, the text after it fills the first column on the grid, without the figure's space.
  std::string body;
  for (int i = 0; i < 30; ++i) body += "Before " + std::to_string(i) + ".\n\n";
  body += "![A gradient](rgb.png)\n\n";
  for (int i = 0; i < 60; ++i) body += "After " + std::to_string(i) + ".\n\n";
  const frame::PagedDoc doc = c.run(kHead + body);
  const auto im = images(doc);
  ASSERT_EQ(im.size(), 1u);
  EXPECT_EQ(im[0].region, "col2");
  std::map<std::string, frame::Placed<frame::LineInfo>> lines;
  for (const frame::Placed<frame::LineInfo>& l : frame::flatten(doc.pages[0]).lines) lines.emplace(l->text, l);
  ASSERT_TRUE(lines.count("Before 0.") && lines.count("Before 29.") && lines.count("After 0."));
  EXPECT_EQ(lines.at("After 0.").region, "col1");
  const Sp line = lines.at("Before 1.").at.y - lines.at("Before 0.").at.y;
  EXPECT_EQ(lines.at("After 0.").at.y - lines.at("Before 29.").at.y, line);
  // The figure is the first thing in its column, above the first line's baseline there.
  EXPECT_LT(im[0].at.y, lines.at("Before 0.").at.y);
  EXPECT_GT(lines.at("Figure 1. A gradient").at.y, im[0].at.y + im[0]->height);
}

}  // namespace
}  // namespace folio::compose
