// `folio golden` as a user runs it: exit codes 0 (all match), 1 (a case differs), 2 (error).
// Runs the folio binary of this build folder, which the build makes before this test program.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>

#include "golden_test_support.hpp"

namespace folio::golden {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

const std::string kFolio = std::string(FOLIO_BINARY_DIR) + "/folio";

struct CliRun {
  int status = -1;
  std::string output;  // stdout and stderr
};

CliRun folio(const std::string& args) {
  CliRun run;
  FILE* pipe = ::popen(("cd '" + test::kRoot + "' && '" + kFolio + "' " + args + " 2>&1").c_str(), "r");
  if (!pipe) return run;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) run.output.append(buf, n);
  const int status = ::pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

class GoldenCli : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(fs::exists(kFolio)) << kFolio << " is not built"; }
  TempDir tmp_;
};

TEST_F(GoldenCli, MatchingCasesExitZero) {
  const CliRun run = folio("golden check sup-sub hyphen-narrow --report " + tmp_ / "report");
  EXPECT_EQ(run.status, 0) << run.output;
  EXPECT_EQ(run.output, "ok    hyphen-narrow (1 page)\nok    sup-sub (1 page)\ngolden: all 2 cases match\n");
}

TEST_F(GoldenCli, ADifferingCaseExitsOneAndPrintsTheReport) {
  fs::copy(test::kRoot + "/golden/sup-sub", tmp_ / "sup-sub", fs::copy_options::recursive);
  std::string layout = test::slurp(tmp_ / "sup-sub/layout.txt");
  layout.replace(layout.find("| E = mc2"), 9, "| E = mc3");
  test::spit(tmp_ / "sup-sub/layout.txt", layout);
  test::spit(tmp_ / "manifest", "sup-sub golden/cases/sup-sub.md default golden/cases/narrow.yaml 150\n");
  const CliRun run = folio("golden check --manifest " + tmp_ / "manifest" + " --report " + tmp_ / "report");
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("FAIL  sup-sub: layout.txt differs\n"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("E = mc3"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("report: " + tmp_ / "report/report.html"), std::string::npos) << run.output;
  EXPECT_TRUE(fs::exists(tmp_ / "report/sup-sub/layout.diff"));
}

TEST_F(GoldenCli, ErrorsExitTwo) {
  CliRun run = folio("golden check may2025");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.output.find("error: no golden case 'may2025' (did you mean 'may-2025'?)"), std::string::npos)
      << run.output;

  test::spit(tmp_ / "manifest", "# cases\nsup-sub golden/cases/sup-sub.md - - 10\n");
  run = folio("golden check --manifest " + tmp_ / "manifest");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.output.find(tmp_ / "manifest" + ":2:37: error: bad dpi '10'"), std::string::npos)
      << run.output;

  test::spit(tmp_ / "manifest", "sup-sub golden/cases/sup-sub.md - - 72\n");  // no goldens next to it
  run = folio("golden check --manifest " + tmp_ / "manifest" + " --report " + tmp_ / "report");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.output.find("run 'folio golden update sup-sub'"), std::string::npos) << run.output;

  run = folio("golden update");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.output,
            "folio: error: golden update needs case names or --all\n"
            "(run 'folio golden update --help' for usage)\n");

  run = folio("golden update sup-sub --all");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.output, "folio: error: CASE excludes --all\n(run 'folio golden update --help' for usage)\n");

  run = folio("golden check sup-sub -j 0");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.output,
            "folio: error: --jobs: Value 0 not in range 1 to 1024\n"
            "(run 'folio golden check --help' for usage)\n");
}

TEST_F(GoldenCli, JobsAndCaseNamesMixWithOptions) {
  const CliRun run = folio("golden check sup-sub --report " + tmp_ / "report" + " -j 2 hyphen-narrow");
  EXPECT_EQ(run.status, 0) << run.output;
  EXPECT_EQ(run.output, "ok    hyphen-narrow (1 page)\nok    sup-sub (1 page)\ngolden: all 2 cases match\n");
}

TEST_F(GoldenCli, UpdateWritesAndThenFindsNothingToDo) {
  test::spit(tmp_ / "manifest", "sup-sub golden/cases/sup-sub.md default golden/cases/narrow.yaml 150\n");
  CliRun run = folio("golden update --all --manifest " + tmp_ / "manifest");
  EXPECT_EQ(run.status, 0) << run.output;
  EXPECT_EQ(run.output, "updated   sup-sub: layout.txt text.txt page-001.png\n");
  EXPECT_EQ(test::slurp(tmp_ / "sup-sub/layout.txt"),
            test::slurp(test::kRoot + "/golden/sup-sub/layout.txt"));
  run = folio("golden update sup-sub --manifest " + tmp_ / "manifest");
  EXPECT_EQ(run.output, "unchanged sup-sub\n");
}

}  // namespace
}  // namespace folio::golden
