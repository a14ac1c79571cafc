// A broken issue fails alone: it is reported with its position, the others render, and once it
// is fixed the next run renders only it.
#include <gtest/gtest.h>

#include "archive_fixture.hpp"

namespace folio::batch::test {
namespace {

using Failures = Archive;

TEST_F(Failures, ABrokenIssueFailsAloneWithItsPositionAndTheOthersRender) {
  for (int n = 1; n <= 5; ++n) write(arch_ / ("2025/0" + std::to_string(n) + ".md"), issue_text(n));
  write(arch_ / "2025/03.md", issue_text(3, "nosuch"));
  for (unsigned jobs : {1u, 3u}) {
    BatchOptions options;
    options.jobs = jobs;
    options.force = true;
    const BatchReport report = run(options);
    EXPECT_EQ(with(report, Outcome::kRendered),
              (std::vector<std::string>{"2025/01.md", "2025/02.md", "2025/04.md", "2025/05.md"}));
    ASSERT_EQ(with(report, Outcome::kFailed), (std::vector<std::string>{"2025/03.md"}));
    EXPECT_EQ(
        report.issues[2].error.to_string(),
        (arch_ / "2025/03.md").string() + ":5:8: error: unknown style 'nosuch' (available: default, modern)");
    EXPECT_FALSE(fs::exists(out_ / "2025/03.pdf"));
  }
  // Still broken: it fails again (a failure is never recorded as done); the others are up to date.
  BatchReport again = run();
  EXPECT_EQ(with(again, Outcome::kFailed), (std::vector<std::string>{"2025/03.md"}));
  EXPECT_EQ(again.count(Outcome::kUpToDate), 4u);
  write(arch_ / "2025/03.md", issue_text(3));
  BatchReport fixed = run();
  EXPECT_EQ(with(fixed, Outcome::kRendered), (std::vector<std::string>{"2025/03.md"}));
  EXPECT_EQ(fixed.count(Outcome::kUpToDate), 4u);
}

TEST_F(Failures, AFailedRenderLeavesTheLastGoodPdfAndItsRecord) {
  write(arch_ / "a.md", issue_text(1));
  run();
  const std::string good = read(out_ / "a.pdf");
  write(arch_ / "a.md", issue_text(1, "nosuch"));
  EXPECT_EQ(with(run(), Outcome::kFailed), (std::vector<std::string>{"a.md"}));
  EXPECT_EQ(read(out_ / "a.pdf"), good);
  // Back as it was: the PDF on disk is that render's, so nothing to do.
  write(arch_ / "a.md", issue_text(1));
  EXPECT_EQ(with(run(), Outcome::kUpToDate), (std::vector<std::string>{"a.md"}));
}

// Issues may name styles anywhere in the folder given to the batch (an archive's shared
// styles/), and nothing outside it: the batch reads only what it was pointed at.
TEST_F(Failures, AnIssueNamingAFileOutsideTheBatchFolderFails) {
  write(arch_ / "styles/red.yaml", style_text("#FF0000"));
  write(dir_ / "outside.yaml", style_text("#00FF00"));
  write(arch_ / "2025/01.md", issue_text(1, "../styles/red.yaml"));
  write(arch_ / "2025/02.md", issue_text(2, "../../outside.yaml"));
  const BatchReport report = run();
  EXPECT_EQ(with(report, Outcome::kRendered), (std::vector<std::string>{"2025/01.md"}));
  ASSERT_EQ(with(report, Outcome::kFailed), (std::vector<std::string>{"2025/02.md"}));
  EXPECT_EQ(report.issues[1].error.to_string(),
            (arch_ / "2025/02.md").string() + ":5:8: error: '../../outside.yaml' is outside '" +
                arch_.string() +
                "', the folder being rendered; name a file in it or below, or a shipped name");
  EXPECT_FALSE(fs::exists(out_ / "2025/02.pdf"));
}

}  // namespace
}  // namespace folio::batch::test
