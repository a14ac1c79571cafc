// The repository's own goldens: `folio golden check` in-process on golden/manifest, so the
// README's test command (CTest) fails when the output moves. A failure writes the report into
// the build folder (golden-report/) and prints its paths.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>

#include "golden/check_output.hpp"
#include "golden/golden_runner.hpp"
#include "golden_test_support.hpp"

namespace folio::golden {
namespace {

namespace fs = std::filesystem;

RunOptions repo_options() {
  RunOptions options;
  options.manifest = test::kManifest;
  options.root = test::kRoot;
  options.report_dir = std::string(FOLIO_BINARY_DIR) + "/golden-report";
  return options;
}

TEST(RepoGoldens, EveryCaseMatches) {
  const CheckRun run = check(repo_options());
  EXPECT_GE(run.results.size(), 8u);
  EXPECT_EQ(run.failed(), 0) << describe_check(run)
                             << "If the change is intended: folio golden update CASE (see golden/README.md).";
}

// Twice more in one process, on one thread and with a build date in the environment: the
// goldens depend on neither caches left by the first run, nor threads, nor the clock.
TEST(RepoGoldens, ChecksAgainOnOneThreadWithADateSet) {
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  test::TempDir tmp;  // CTest may run EveryCaseMatches at the same time: keep its report apart
  RunOptions options = repo_options();
  options.report_dir = tmp / "report";
  options.threads = 1;
  options.cases = {"link-break", "sup-sub"};
  const CheckRun first = check(options);
  const CheckRun second = check(options);
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_EQ(first.failed(), 0) << describe_check(first);
  EXPECT_EQ(second.failed(), 0) << describe_check(second);
}

}  // namespace
}  // namespace folio::golden
