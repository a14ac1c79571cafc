// The check can fail, and says where: the May 2025 case rendered with its style's body leading
// 0.5 pt larger must be reported with its changed page and first moved line, while a case on
// the untouched style still matches.
#include <gtest/gtest.h>

#include <filesystem>

#include "golden/case_render.hpp"
#include "golden/check_output.hpp"
#include "golden/golden_runner.hpp"
#include "golden_test_support.hpp"

namespace folio::golden {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

// styles/default.yaml with the body style's leading raised by 0.5 pt.
std::string style_with_looser_body(const TempDir& tmp) {
  std::string style = test::slurp(test::kRoot + "/styles/default.yaml");
  const std::size_t body = style.find("\n  body:\n");
  const std::size_t leading = style.find("leading: ", body);
  const std::size_t end = style.find('\n', leading);
  const std::string old_value = style.substr(leading + 9, end - leading - 9);  // "15pt  # ..." or "15pt"
  const std::size_t pt = old_value.find("pt");
  const double points = std::stod(old_value.substr(0, pt));
  style.replace(leading, end - leading, "leading: " + std::to_string(points + 0.5) + "pt");
  const std::string path = tmp / "style.yaml";
  test::spit(path, style);
  return path;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t nl = text.find('\n', pos);
    out.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

TEST(CheckFails, ALooserBodyLeadingIsReportedWithItsPageAndFirstMovedLine) {
  TempDir tmp;
  const std::string style = style_with_looser_body(tmp);
  for (const char* name : {"may-2025", "sup-sub"})
    fs::copy(test::kRoot + "/golden/" + name, tmp / name, fs::copy_options::recursive);
  test::spit(tmp / "manifest", "may-2025 samples/2025-05/issue.md " + style +
                                   " default 100\n"
                                   "sup-sub golden/cases/sup-sub.md default golden/cases/narrow.yaml 150\n");
  RunOptions options;
  options.manifest = tmp / "manifest";
  options.root = test::kRoot;
  options.report_dir = tmp / "report";

  const CheckRun run = check(options);
  ASSERT_EQ(run.results.size(), 2u);
  EXPECT_EQ(run.failed(), 1);
  const CaseResult& may = run.results[0];
  EXPECT_EQ(may.c.name, "may-2025");
  EXPECT_FALSE(may.matches());
  EXPECT_TRUE(run.results[1].matches()) << "sup-sub uses the untouched default style";
  ASSERT_FALSE(may.pages.empty());
  EXPECT_EQ(may.pages[0].page, 1);
  EXPECT_EQ(may.pages[0].status, PageStatus::Changed);
  EXPECT_GT(may.pages[0].changed_pixels, 0);

  // The first moved line, found independently: the first line of the dump (after its header
  // line, which holds the page count) that differs position by position.
  Case looser = may.c;
  const std::vector<std::string> golden = lines_of(test::slurp(tmp / "may-2025/layout.txt"));
  const std::vector<std::string> actual = lines_of(render_case(looser, test::kRoot, false).layout);
  std::size_t first = 1;
  while (first < golden.size() && first < actual.size() && golden[first] == actual[first]) ++first;
  ASSERT_LT(first, golden.size());
  ASSERT_LT(first, actual.size());

  const std::string out = describe_check(run);
  EXPECT_NE(out.find("FAIL  may-2025: "), std::string::npos) << out;
  EXPECT_NE(out.find("page 1 changed ("), std::string::npos) << out;
  EXPECT_NE(out.find("ok    sup-sub (1 page)"), std::string::npos) << out;
  EXPECT_NE(out.find("\n    -" + golden[first] + "\n"), std::string::npos) << golden[first] << "\n" << out;
  EXPECT_NE(out.find("\n    +" + actual[first] + "\n"), std::string::npos) << actual[first] << "\n" << out;
  EXPECT_NE(out.find("golden: 1 of 2 cases differ\n"), std::string::npos) << out;

  // The report: its paths are printed, and the files are there.
  const std::string dir = tmp / "report/may-2025";
  for (const std::string& f :
       {dir + "/layout.diff", dir + "/text.diff", dir + "/diff/page-001.png", dir + "/expected/page-001.png",
        dir + "/actual/page-001.png", tmp / "report/report.html"}) {
    EXPECT_TRUE(fs::is_regular_file(f)) << f;
    if (f.find("/expected/") == std::string::npos && f.find("/actual/") == std::string::npos) {
      EXPECT_NE(out.find(f), std::string::npos) << f << " not printed:\n" << out;
    }
  }
  EXPECT_EQ(run.html_report, tmp / "report/report.html");
  EXPECT_FALSE(fs::exists(tmp / "report/sup-sub"));
  EXPECT_NE(test::slurp(dir + "/layout.diff").find("\n-" + golden[first] + "\n"), std::string::npos);
}

}  // namespace
}  // namespace folio::golden
