#include "golden/case_check.hpp"

#include <gtest/gtest.h>

#include "folio/diagnostic.hpp"
#include "golden/golden_store.hpp"
#include "golden_test_support.hpp"

namespace folio::golden {
namespace {

using test::TempDir;

Rendered rendered(int pages) {
  Rendered r;
  r.layout = "document, " + std::to_string(pages) + " pages\n";
  r.text = "text\n\f\n";
  for (int i = 0; i < pages; ++i) r.pages.push_back(Image(4, 4));
  return r;
}

Case make_case(long long tolerance = 0) {
  Case c;
  c.name = "demo";
  c.tolerance = tolerance;
  return c;
}

class CaseCheck : public ::testing::Test {
 protected:
  void SetUp() override { store_goldens(dir_, rendered(2)); }
  TempDir tmp_;
  const std::string dir_ = tmp_ / "demo";
};

TEST_F(CaseCheck, TheSameRenderMatches) {
  const CaseResult r = compare_case(make_case(), rendered(2), dir_);
  EXPECT_TRUE(r.matches());
  EXPECT_EQ(r.expected_pages, 2);
  EXPECT_EQ(r.actual_pages, 2);
}

TEST_F(CaseCheck, PixelsBeyondTheToleranceFailThePage) {
  Rendered r = rendered(2);
  for (int x = 0; x < 3; ++x) r.pages[1].at(x, 0) = Rgb{0, 0, 0};
  const CaseResult within = compare_case(make_case(3), r, dir_);
  EXPECT_TRUE(within.matches());
  const CaseResult beyond = compare_case(make_case(2), r, dir_);
  ASSERT_EQ(beyond.pages.size(), 1u);
  EXPECT_EQ(beyond.pages[0].page, 2);
  EXPECT_EQ(beyond.pages[0].status, PageStatus::Changed);
  EXPECT_EQ(beyond.pages[0].changed_pixels, 3);
  EXPECT_TRUE(beyond.layout_diff.empty());
}

TEST_F(CaseCheck, PageCountChangesShowAsMissingOrExtraPages) {
  const CaseResult fewer = compare_case(make_case(), rendered(1), dir_);
  ASSERT_EQ(fewer.pages.size(), 1u);
  EXPECT_EQ(fewer.pages[0].page, 2);
  EXPECT_EQ(fewer.pages[0].status, PageStatus::Missing);
  EXPECT_EQ(fewer.actual_pages, 1);
  EXPECT_EQ(fewer.layout_diff,
            "--- demo/layout.txt (golden)\n+++ demo/layout.txt (actual)\n@@ -1 +1 @@\n-document, 2 pages\n"
            "+document, 1 pages\n");

  const CaseResult more = compare_case(make_case(), rendered(3), dir_);
  ASSERT_EQ(more.pages.size(), 1u);
  EXPECT_EQ(more.pages[0].page, 3);
  EXPECT_EQ(more.pages[0].status, PageStatus::Extra);
  EXPECT_EQ(more.pages[0].changed_pixels, 16);
}

TEST_F(CaseCheck, MissingGoldensAreAnError) {
  try {
    compare_case(make_case(), rendered(1), tmp_ / "never-stored");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(e.diagnostic().message.find("run 'folio golden update demo'"), std::string::npos)
        << e.diagnostic().message;
  }
}

}  // namespace
}  // namespace folio::golden
