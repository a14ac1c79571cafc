// `folio batch` as a user runs it: what it prints, its exit statuses, its JSON summary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "archive_fixture.hpp"

namespace folio::batch::test {
namespace {

using Program = Archive;

// The summary's wall time varies: "in 0.12 s" becomes "in T s".
std::string without_time(const std::string& text) {
  return std::regex_replace(text, std::regex(" in [0-9]+\\.[0-9]{2} s\n"), " in T s\n");
}

TEST_F(Program, PrintsALinePerRenderedIssueThenTheSummary) {
  write(arch_ / "2025/05.md", issue_text(5));
  write(arch_ / "2025/06.md", issue_text(6));
  FolioRun run = folio("batch arch -o out -j1");  // stderr is a file: plain lines
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(without_time(run.err),
            "[1/2] out/2025/05.pdf: 1 page\n"
            "[2/2] out/2025/06.pdf: 1 page\n"
            "2 issues: 2 rendered, 0 up to date, 0 failed; 2 pages in T s\n");
  run = folio("batch arch -o out");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(without_time(run.err), "2 issues: 0 rendered, 2 up to date, 0 failed; 0 pages in T s\n");
}

TEST_F(Program, AFailureIsReportedAndTheExitStatusIsOne) {
  write(arch_ / "a.md", issue_text(1));
  write(arch_ / "b.md", issue_text(2, "nosuch"));
  write(arch_ / "c.md", issue_text(3));
  const std::string error = "arch/b.md:5:8: error: unknown style 'nosuch' (available: default, modern)\n";
  FolioRun run = folio("batch arch -o out -j1");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(without_time(run.err), "[1/3] out/a.pdf: 1 page\n" + error + "[3/3] out/c.pdf: 1 page\n" + error +
                                       "3 issues: 2 rendered, 0 up to date, 1 failed; 2 pages in T s\n");
  run = folio("batch arch -o out --quiet");  // only the failures and the summary
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(without_time(run.err), error + "3 issues: 0 rendered, 2 up to date, 1 failed; 0 pages in T s\n");
}

TEST_F(Program, WritesTheSummaryAsJson) {
  write(arch_ / "a.md", issue_text(1));
  write(arch_ / "b.md", issue_text(2, "nosuch"));
  ASSERT_EQ(folio("batch arch -o out -q --json summary.json").status, 1);
  const nlohmann::json j = nlohmann::json::parse(read(dir_ / "summary.json"));
  EXPECT_EQ(j["shard"], "1/1");
  EXPECT_EQ(j["rendered"], nlohmann::json::array({"a.md"}));
  EXPECT_EQ(j["skipped"], nlohmann::json::array());
  EXPECT_EQ(j["failed"][0]["issue"], "b.md");
  EXPECT_EQ(j["failed"][0]["error"], "arch/b.md:5:8: error: unknown style 'nosuch' (available: default, modern)");
  EXPECT_EQ(j["pages"], 1);
  EXPECT_EQ(j["results"][0]["pdf"], "out/a.pdf");
  EXPECT_EQ(j["results"][0]["outcome"], "rendered");
  EXPECT_TRUE(j["stopped_by"].is_null());
}

TEST_F(Program, ACommandLineItCannotDoIsAUsageError) {
  write(arch_ / "a.md", issue_text(1));
  write(dir_ / "other/a.md", issue_text(2));
  struct Case {
    const char* args;
    std::string err;
  };
  for (const Case& c : std::vector<Case>{
           {"batch arch -o out --shard 3/2",
            "folio: error: --shard: expected I/N with 1 <= I <= N, got '3/2'\n(run 'folio batch --help' for usage)\n"},
           {"batch arch nowhere -o out",
            "folio: error: DIR|FILE: Path does not exist: nowhere\n(run 'folio batch --help' for usage)\n"},
           {"batch arch", "folio: error: --output is required\n(run 'folio batch --help' for usage)\n"},
           {"batch arch -o out -j 0",
            "folio: error: --jobs: Value 0 not in range 1 to 1024\n(run 'folio batch --help' for usage)\n"},
           {"batch arch other -o out", "other/a.md: error: would write the same PDF (a.pdf) as arch/a.md\n"}}) {
    const FolioRun run = folio(c.args);
    EXPECT_EQ(run.status, 2) << c.args;
    EXPECT_EQ(run.err, c.err) << c.args;
  }
  EXPECT_FALSE(fs::exists(out_));
}

}  // namespace
}  // namespace folio::batch::test
