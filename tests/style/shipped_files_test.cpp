// The shipped styles/default.yaml and layout/default.yaml load with exactly the brand's values.
#include <gtest/gtest.h>

#include "style/data_paths.hpp"
#include "style/load_page_template.hpp"
#include "style/load_style_sheet.hpp"

namespace folio::style {
namespace {

const std::string kRoot = FOLIO_SOURCE_DIR;
const Color kBrandRed = Color::rgb(0xA6 / 255.0, 0x19 / 255.0, 0x2E / 255.0);
const Color kBrandBlue = Color::rgb(0x1F / 255.0, 0x4E / 255.0, 0x9A / 255.0);

class DefaultStyleSheet : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { sheet_ = new StyleSheet(load_style_sheet(kRoot + "/styles/default.yaml")); }
  static void TearDownTestSuite() { delete sheet_; }
  static StyleSheet* sheet_;
};
StyleSheet* DefaultStyleSheet::sheet_ = nullptr;

TEST_F(DefaultStyleSheet, BodyIsNotoSerifTenAndAHalfOnFifteen) {
  const ParagraphStyle& body = sheet_->paragraph("body");
  EXPECT_EQ(body.family, "Noto Serif");
  EXPECT_EQ(body.weight, 400);
  EXPECT_FALSE(body.italic);
  EXPECT_EQ(body.size, pt(10.5));
  EXPECT_EQ(body.leading, pt(15));
  EXPECT_EQ(body.align, Align::Justify);
  EXPECT_TRUE(body.hyphenate);
  EXPECT_EQ(body.hyphen_min_word, 5);
  EXPECT_EQ(body.first_indent, pt(10.5));  // 1em
  EXPECT_EQ(body.space_before, 0);
  EXPECT_EQ(body.space_after, 0);
}

TEST_F(DefaultStyleSheet, BodyFirstInheritsBodyWithoutIndent) {
  const ParagraphStyle& first = sheet_->paragraph("body-first");
  EXPECT_EQ(first.name, "body-first");
  EXPECT_EQ(first.family, "Noto Serif");
  EXPECT_EQ(first.size, pt(10.5));
  EXPECT_EQ(first.leading, pt(15));
  EXPECT_EQ(first.first_indent, 0);
  EXPECT_TRUE(first.hyphenate);
}

TEST_F(DefaultStyleSheet, Headings) {
  const ParagraphStyle& h1 = sheet_->paragraph("h1");
  EXPECT_EQ(h1.family, "Noto Sans");
  EXPECT_EQ(h1.weight, 700);
  EXPECT_EQ(h1.size, pt(14));
  EXPECT_EQ(h1.leading, pt(17));
  EXPECT_EQ(h1.color, kBrandRed);
  EXPECT_EQ(h1.space_before, pt(30));
  EXPECT_TRUE(h1.keep_with_next);
  EXPECT_EQ(h1.align, Align::Left);
  EXPECT_FALSE(h1.hyphenate);

  const ParagraphStyle& h2 = sheet_->paragraph("h2");
  EXPECT_EQ(h2.family, "Noto Sans");
  EXPECT_EQ(h2.weight, 700);
  EXPECT_EQ(h2.size, pt(11));
  EXPECT_EQ(h2.leading, pt(15));

  const ParagraphStyle& h3 = sheet_->paragraph("h3");
  EXPECT_EQ(h3.weight, 700);
  EXPECT_TRUE(h3.italic);
  EXPECT_EQ(h3.size, pt(10.5));
  EXPECT_EQ(h3.leading, pt(15));
}

TEST_F(DefaultStyleSheet, MastheadContentsAndFurniture) {
  const ParagraphStyle& title = sheet_->paragraph("masthead-title");
  EXPECT_EQ(title.family, "Noto Serif");
  EXPECT_EQ(title.weight, 700);
  EXPECT_EQ(title.size, pt(25));
  EXPECT_EQ(title.leading, pt(30));

  const ParagraphStyle& issue = sheet_->paragraph("masthead-issue");
  EXPECT_EQ(issue.family, "Noto Sans");
  EXPECT_TRUE(issue.uppercase);
  EXPECT_EQ(issue.tracking, pt(1));

  const ParagraphStyle& contents = sheet_->paragraph("contents-title");
  EXPECT_TRUE(contents.uppercase);
  EXPECT_EQ(contents.color, kBrandRed);
  EXPECT_EQ(contents.size, pt(9));

  EXPECT_EQ(sheet_->paragraph("contents-entry").align, Align::Left);
  EXPECT_EQ(sheet_->paragraph("footer").size, pt(7.5));
}

TEST_F(DefaultStyleSheet, ListQuoteAndCode) {
  const ParagraphStyle& item = sheet_->paragraph("list-item");
  EXPECT_EQ(item.family, "Noto Serif");
  EXPECT_EQ(item.left_indent, 825754);  // 1.2 x 10.5pt, rounded once
  EXPECT_EQ(item.first_indent, 0);

  const ParagraphStyle& quote = sheet_->paragraph("blockquote");
  EXPECT_TRUE(quote.italic);
  EXPECT_EQ(quote.left_indent, pt(10.5));
  EXPECT_EQ(quote.right_indent, pt(10.5));
  EXPECT_EQ(quote.first_indent, pt(10.5));  // body's, inherited as a length

  const ParagraphStyle& code = sheet_->paragraph("code-block");
  EXPECT_EQ(code.family, "Noto Sans Mono");
  EXPECT_EQ(code.size, pt(8.5));
  EXPECT_FALSE(code.hyphenate);
  EXPECT_EQ(code.align, Align::Left);
}

TEST_F(DefaultStyleSheet, CharacterStyles) {
  EXPECT_EQ(sheet_->character("emphasis").italic, true);
  EXPECT_FALSE(sheet_->character("emphasis").weight.has_value());
  EXPECT_EQ(sheet_->character("strong").weight, 700);
  EXPECT_EQ(sheet_->character("link").color, kBrandBlue);
  EXPECT_EQ(sheet_->character("link").underline, true);
  EXPECT_EQ(sheet_->character("code").family, "Noto Sans Mono");
  EXPECT_EQ(sheet_->character("code").size_scale, 0.92);
  EXPECT_EQ(sheet_->character("superscript").size_scale, 0.65);
  EXPECT_EQ(sheet_->character("superscript").baseline_shift, 0.38);
  EXPECT_EQ(sheet_->character("subscript").baseline_shift, -0.15);
  EXPECT_EQ(sheet_->character("underline").underline, true);
  EXPECT_EQ(sheet_->link_color, kBrandBlue);
}

TEST_F(DefaultStyleSheet, BreakingAndFlow) {
  EXPECT_EQ(sheet_->breaking.tolerance, 200);
  EXPECT_EQ(sheet_->breaking.emergency_stretch, pt(9));
  EXPECT_EQ(sheet_->breaking.max_hyphen_run, 2);
  EXPECT_EQ(sheet_->flow.widow_lines, 2);
  EXPECT_EQ(sheet_->flow.lines_after_heading, 2);
}

TEST_F(DefaultStyleSheet, LookupOfAnUnknownStyleSuggests) {
  try {
    sheet_->paragraph("bdy");
    FAIL() << "expected folio::Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().message, "unknown paragraph style 'bdy' (did you mean 'body'?)");
  }
}

TEST(DefaultLayout, A4TwoColumns) {
  const PageTemplate t = load_page_template(kRoot + "/layout/default.yaml");
  EXPECT_EQ(t.width, 39011981);   // 210mm
  EXPECT_EQ(t.height, 55174088);  // 297mm
  EXPECT_EQ(t.margins.top, 3715427);
  EXPECT_EQ(t.margins.bottom, 4458512);  // 24mm
  EXPECT_EQ(t.margins.left, 3158113);    // 17mm
  EXPECT_EQ(t.margins.right, 3158113);
  EXPECT_EQ(t.columns, 2);
  EXPECT_EQ(t.gutter, 1114628);
  EXPECT_EQ(t.column_width(), 15790563);  // (210 - 17 - 17 - 6) / 2 = 85mm, rounded down
  EXPECT_EQ(t.baseline_grid, kAutoGrid);  // the body leading
  EXPECT_EQ(t.column_rule.thickness, 0);
}

TEST(DefaultLayout, MastheadAndFooter) {
  const PageTemplate t = load_page_template(kRoot + "/layout/default.yaml");
  EXPECT_EQ(t.masthead.band_height, 1486171);  // 8mm
  EXPECT_EQ(t.masthead.band_color, kBrandRed);
  EXPECT_EQ(t.masthead.rule_below.thickness, pt(0.8));
  EXPECT_EQ(t.masthead.space_after, pt(15));
  EXPECT_TRUE(t.masthead.contents);
  EXPECT_EQ(t.masthead.contents_title, "In this issue");
  EXPECT_EQ(t.footer.right, "{issue|upper}   {page}");
  EXPECT_EQ(t.footer.left, "");
  EXPECT_EQ(t.footer.baseline, 2229256);  // 12mm
  EXPECT_EQ(t.footer.rule.thickness, pt(0.4));
  EXPECT_EQ(t.footer.rule.color, Color::rgb(0x8C / 255.0, 0x8C / 255.0, 0x8C / 255.0));
  EXPECT_EQ(t.footer.style, "footer");
  EXPECT_EQ(t.header.right, "");
}

TEST(DataPaths, NamesResolveInTheDataFolderAndPathsPassThrough) {
  EXPECT_EQ(resolve_style_path("default", kRoot), kRoot + "/styles/default.yaml");
  EXPECT_EQ(resolve_layout_path("default", kRoot), kRoot + "/layout/default.yaml");
  EXPECT_EQ(resolve_style_path("brand.yaml", kRoot), "brand.yaml");
  EXPECT_EQ(resolve_layout_path("./x/wide", kRoot), "./x/wide");
}

}  // namespace
}  // namespace folio::style
