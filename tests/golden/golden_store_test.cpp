#include "golden/golden_store.hpp"

#include <gtest/gtest.h>

#include "golden/png_io.hpp"
#include "golden_test_support.hpp"

namespace folio::golden {
namespace {

using test::TempDir;

Rendered two_pages() {
  Rendered r;
  r.layout = "document\npage 1\n";
  r.text = "hello\n\f\n";
  r.pages = {Image(3, 2), Image(3, 2, Rgb{0, 0, 0})};
  return r;
}

TEST(GoldenStore, PageFilesAreNumberedFromOne) {
  EXPECT_EQ(page_file_name(1), "page-001.png");
  EXPECT_EQ(page_file_name(42), "page-042.png");
  EXPECT_EQ(page_file_name(1234), "page-1234.png");
}

TEST(GoldenStore, WritesOnlyWhatChanged) {
  TempDir tmp;
  const std::string dir = tmp / "case";
  EXPECT_EQ(store_goldens(dir, two_pages()),
            (std::vector<std::string>{"layout.txt", "text.txt", "page-001.png", "page-002.png"}));
  EXPECT_EQ(test::slurp(dir + "/text.txt"), "hello\n\f\n");
  EXPECT_TRUE(read_png(dir + "/page-002.png").pixels == two_pages().pages[1].pixels);
  EXPECT_TRUE(store_goldens(dir, two_pages()).empty());

  Rendered changed = two_pages();
  changed.pages[0].at(2, 1) = Rgb{1, 2, 3};
  EXPECT_EQ(store_goldens(dir, changed), (std::vector<std::string>{"page-001.png"}));
}

TEST(GoldenStore, RemovesPagesTheCaseNoLongerHas) {
  TempDir tmp;
  const std::string dir = tmp / "case";
  Rendered r = two_pages();
  r.pages.push_back(Image(3, 2));
  store_goldens(dir, r);
  test::spit(dir + "/page-notes.png.txt", "kept");  // not a page file: left alone
  r.pages.resize(1);
  EXPECT_EQ(store_goldens(dir, r),
            (std::vector<std::string>{"page-002.png (removed)", "page-003.png (removed)"}));
  EXPECT_EQ(page_files(dir), (std::vector<std::string>{dir + "/page-001.png"}));
  EXPECT_TRUE(std::filesystem::exists(dir + "/page-notes.png.txt"));
}

}  // namespace
}  // namespace folio::golden
