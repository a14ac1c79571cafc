// The folio program as a user runs it: render's outputs, and the watch loop re-rendering after
// a style edit and going on after an error. Its command line: usage_test.cpp.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "cli/folio_folder.hpp"

namespace folio::cli::test {
namespace {

// Waits (at most 30 s, so a broken watch fails instead of hanging) until `done` holds.
template <typename F>
bool wait_for(F done) {
  for (int i = 0; i < 600; ++i) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

using Cli = FolioFolder;

TEST_F(Cli, RenderWritesOnePngPerPage) {
  FolioRun run = folio("render issue.md -o out.pdf --png pages --dpi 30");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "out.pdf: 3 pages\n");
  for (const char* name : {"page-001.png", "page-002.png", "page-003.png"})
    EXPECT_EQ(read(dir_ / "pages" / name).substr(0, 8), "\x89PNG\r\n\x1a\n") << name;
  EXPECT_FALSE(fs::exists(dir_ / "pages" / "page-004.png"));
  // A stale image of a page the issue no longer has is removed.
  fs::copy_file(dir_ / "pages" / "page-001.png", dir_ / "pages" / "page-004.png");
  run = folio("render issue.md -o out.pdf --png pages --dpi 30");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_FALSE(fs::exists(dir_ / "pages" / "page-004.png"));
}

TEST_F(Cli, RenderLoadsPopplerOnlyForImages) {
  // poppler and its libraries cost every process about 2.5 ms of start-up: only --png, golden
  // and the like load it (src/golden/rasterizer.cpp). The loader lists what it loads.
  ::setenv("LD_DEBUG", "files", 1);
  const FolioRun plain = folio("render issue.md -o out.pdf");
  const FolioRun png = folio("render issue.md -o out.pdf --png pages --dpi 10");
  ::unsetenv("LD_DEBUG");
  ASSERT_EQ(plain.status, 0) << plain.err;
  ASSERT_EQ(png.status, 0) << png.err;
  EXPECT_NE(plain.err.find("file=libpodofo"), std::string::npos);  // the listing works
  EXPECT_EQ(plain.err.find("poppler"), std::string::npos);
  EXPECT_NE(png.err.find("file=libpoppler-cpp"), std::string::npos);
}

TEST_F(Cli, RenderWithoutOutputWritesNextToTheIssue) {
  const FolioRun run = folio("render issue.md --dump-layout layout.txt");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "issue.pdf: 3 pages\n");
  EXPECT_EQ(read(dir_ / "issue.pdf").substr(0, 5), "%PDF-");
  EXPECT_NE(read(dir_ / "layout.txt").find("\npage 3\n"), std::string::npos);
}

TEST_F(Cli, BadDpiIsAUsageError) {
  const FolioRun run = folio("render issue.md --png pages --dpi lots");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err,
            "folio: error: --dpi: Value lots not in range 10 to 1200\n"
            "(run 'folio render --help' for usage)\n");
  EXPECT_FALSE(fs::exists(dir_ / "issue.pdf"));
}

TEST_F(Cli, ABrokenStyleSheetFailsTheRenderWithExitOne) {
  std::string style = read(dir_ / "style.yaml");
  const std::size_t body = style.find("  body:\n");
  ASSERT_NE(body, std::string::npos);
  style.insert(body + 8, "    leadnig: 3pt\n");
  std::ofstream(dir_ / "style.yaml") << style;
  const std::size_t line = 2 + std::count(style.begin(), style.begin() + body, '\n');  // the line after body:

  const FolioRun run = folio("render issue.md --style style.yaml");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err,
            "style.yaml:" + std::to_string(line) +
                ":5: error: unknown key 'leadnig' in paragraph style 'body' (did you mean 'leading'?)\n");
  EXPECT_FALSE(fs::exists(dir_ / "issue.pdf"));
}

TEST_F(Cli, WatchRendersAgainAfterEditsAndSurvivesErrors) {
  const std::string log = (dir_ / "watch.log").string();
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    const std::string cmd = "cd '" + dir_.string() + "' && exec '" + kFolio +
                            "' watch issue.md -o out.pdf --style style.yaml --max-renders 3 >'" + log +
                            "' 2>&1";
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  auto log_has = [&](const std::string& s, std::size_t times) {
    const std::string text = read(log);
    std::size_t n = 0;
    for (std::size_t at = text.find(s); at != std::string::npos; at = text.find(s, at + 1)) ++n;
    return n >= times;
  };
  ASSERT_TRUE(wait_for([&] { return log_has("watching", 1); })) << read(log);
  const std::string first = read(dir_ / "out.pdf");

  // A real edit: the body leading changes, so the PDF changes.
  std::string style = read(dir_ / "style.yaml");
  const std::string from = "    leading: 15pt\n";
  style.replace(style.find(from), from.size(), "    leading: 16pt\n");
  std::ofstream(dir_ / "style.yaml") << style;
  ASSERT_TRUE(wait_for([&] { return log_has("watching", 2); })) << read(log);
  EXPECT_NE(read(dir_ / "out.pdf"), first);

  // A broken style sheet: the error is printed at its place, and the watch goes on.
  style.replace(style.find("  body:\n"), 8, "  body:\n    leadnig: 3pt\n");
  std::ofstream(dir_ / "style.yaml") << style;
  int status = 0;
  ASSERT_TRUE(wait_for([&] { return waitpid(child, &status, WNOHANG) == child; })) << read(log);
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_TRUE(log_has("style.yaml:", 1));
  EXPECT_TRUE(log_has("error: unknown key 'leadnig' in paragraph style 'body' (did you mean 'leading'?)", 1))
      << read(log);
}

}  // namespace
}  // namespace folio::cli::test
