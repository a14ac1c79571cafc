// The folio program as a user runs it: page images, and the watch loop re-rendering after a
// style edit and going on after an error.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;

namespace {

const std::string kFolio = std::string(FOLIO_BINARY_DIR) + "/folio";
const std::string kRoot = FOLIO_SOURCE_DIR;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("folio-cli-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::copy_file(kRoot + "/samples/2025-05/issue.md", dir_ / "issue.md");
    fs::copy_file(kRoot + "/styles/default.yaml", dir_ / "style.yaml");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs folio with `args` in the temp folder; returns the exit status, stderr in `err`.
  int run(const std::string& args, std::string& err) {
    const std::string cmd = "cd '" + dir_.string() + "' && '" + kFolio + "' " + args + " 2>err.txt";
    const int status = std::system(cmd.c_str());
    err = read(dir_ / "err.txt");
    return WEXITSTATUS(status);
  }

  // Waits (at most 30 s, so a broken watch fails instead of hanging) until `done` holds.
  template <typename F>
  bool wait_for(F done) {
    for (int i = 0; i < 600; ++i) {
      if (done()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }

  fs::path dir_;
};

TEST_F(Cli, RenderWritesOnePngPerPage) {
  std::string err;
  ASSERT_EQ(run("render issue.md -o out.pdf --png pages --dpi 30", err), 0) << err;
  EXPECT_EQ(err, "out.pdf: 3 pages\n");
  for (const char* name : {"page-001.png", "page-002.png", "page-003.png"})
    EXPECT_EQ(read(dir_ / "pages" / name).substr(0, 8), "\x89PNG\r\n\x1a\n") << name;
  EXPECT_FALSE(fs::exists(dir_ / "pages" / "page-004.png"));
  // A stale image of a page the issue no longer has is removed.
  fs::copy_file(dir_ / "pages" / "page-001.png", dir_ / "pages" / "page-004.png");
  ASSERT_EQ(run("render issue.md -o out.pdf --png pages --dpi 30", err), 0) << err;
  EXPECT_FALSE(fs::exists(dir_ / "pages" / "page-004.png"));
}

TEST_F(Cli, BadDpiIsAUsageError) {
  std::string err;
  EXPECT_EQ(run("render issue.md --png pages --dpi lots", err), 2);
  EXPECT_NE(err.find("--dpi must be a number from 10 to 1200, not 'lots'"), std::string::npos) << err;
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
