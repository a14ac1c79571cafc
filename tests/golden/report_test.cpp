#include "golden/report.hpp"

#include <gtest/gtest.h>

#include "golden/image_diff.hpp"
#include "golden/png_io.hpp"
#include "golden_test_support.hpp"

namespace folio::golden {
namespace {

using test::TempDir;
namespace fs = std::filesystem;

// A failing case: page 1 changed in one pixel, page 2 missing from the render.
CaseResult failing_case() {
  CaseResult r;
  r.c.name = "demo";
  r.c.input = "golden/cases/demo.md";
  r.c.dpi = 72;
  r.layout_diff = "--- a\n+++ b\n@@ -1 +1 @@\n-<old> & y=1\n+<new> & y=2\n";
  r.expected_pages = 2;
  r.actual_pages = 1;
  PageDiff changed;
  changed.page = 1;
  changed.expected = Image(2, 2);
  changed.actual = Image(2, 2);
  changed.actual.at(1, 0) = Rgb{0, 0, 0};
  changed.changed_pixels = 1;
  PageDiff missing;
  missing.page = 2;
  missing.status = PageStatus::Missing;
  missing.expected = Image(2, 2, Rgb{0, 0, 0});
  missing.changed_pixels = 4;
  r.pages = {changed, missing};
  r.actual_images = {changed.actual};
  return r;
}

TEST(Report, WritesDiffsAndImagesForTheFailingPages) {
  TempDir tmp;
  const std::string report = tmp / "report";
  const std::vector<std::string> files = write_case_report(report, failing_case());
  EXPECT_EQ(files, (std::vector<std::string>{report + "/demo/layout.diff", report + "/demo/diff/page-001.png",
                                             report + "/demo/diff/page-002.png",
                                             report + "/demo/actual/page-001.png"}));
  EXPECT_EQ(test::slurp(report + "/demo/layout.diff"), failing_case().layout_diff);
  EXPECT_FALSE(fs::exists(report + "/demo/text.diff"));  // text.txt did not change
  EXPECT_TRUE(fs::exists(report + "/demo/expected/page-001.png"));
  EXPECT_TRUE(fs::exists(report + "/demo/expected/page-002.png"));
  EXPECT_FALSE(fs::exists(report + "/demo/actual/page-002.png"));

  const Image diff1 = read_png(report + "/demo/diff/page-001.png");
  EXPECT_EQ(diff1.at(1, 0), kChangedColor);
  EXPECT_EQ(diff1.at(0, 0), (Rgb{255, 255, 255}));
  const Image diff2 = read_png(report + "/demo/diff/page-002.png");  // the whole missing page is red
  EXPECT_EQ(diff2.at(0, 0), kChangedColor);
  EXPECT_EQ(diff2.at(1, 1), kChangedColor);
}

TEST(Report, HtmlShowsExpectedActualAndDiffSideBySide) {
  const CaseResult r = failing_case();
  const std::string html = html_report({&r});
  EXPECT_NE(html.find("1 case differs"), std::string::npos);
  EXPECT_NE(html.find("<img src=\"demo/expected/page-001.png\""), std::string::npos);
  EXPECT_NE(html.find("<img src=\"demo/actual/page-001.png\""), std::string::npos);
  EXPECT_NE(html.find("<img src=\"demo/diff/page-001.png\""), std::string::npos);
  EXPECT_NE(html.find("page 1: 1 pixel changed"), std::string::npos);
  EXPECT_NE(html.find("page 2: missing"), std::string::npos);
  EXPECT_EQ(html.find("demo/actual/page-002.png"), std::string::npos);
  EXPECT_NE(html.find("<span class=del>-&lt;old&gt; &amp; y=1</span>"), std::string::npos);
  EXPECT_NE(html.find("<span class=ins>+&lt;new&gt; &amp; y=2</span>"), std::string::npos);
}

TEST(Report, ClearingRemovesOnlyTheCheckedCasesAndTheHtml) {
  TempDir tmp;
  const std::string report = tmp / "report";
  write_case_report(report, failing_case());
  write_html_report(report, {});
  fs::create_directories(report + "/other");
  test::spit(report + "/notes.txt", "mine");
  Case demo;
  demo.name = "demo";
  clear_report(report, {demo});
  EXPECT_FALSE(fs::exists(report + "/demo"));
  EXPECT_FALSE(fs::exists(report + "/report.html"));
  EXPECT_TRUE(fs::exists(report + "/other"));
  EXPECT_TRUE(fs::exists(report + "/notes.txt"));
}

}  // namespace
}  // namespace folio::golden
