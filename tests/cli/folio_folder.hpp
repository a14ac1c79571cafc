// The folio program of this build, run as a user runs it: in a scratch folder holding a copy of
// the May 2025 sample issue (issue.md, and its images/) and of the default style sheet (style.yaml).
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace folio::cli::test {

namespace fs = std::filesystem;

inline const std::string kFolio = std::string(FOLIO_BINARY_DIR) + "/folio";
inline const std::string kRoot = FOLIO_SOURCE_DIR;

inline std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct FolioRun {
  int status = -1;  // exit status; -1 when folio did not exit normally
  std::string out;  // stdout
  std::string err;  // stderr
};

class FolioFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("folio-cli-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / ".run");
    fs::copy_file(kRoot + "/samples/2025-05/issue.md", dir_ / "issue.md");
    fs::copy(kRoot + "/samples/2025-05/images", dir_ / "images");
    fs::copy_file(kRoot + "/styles/default.yaml", dir_ / "style.yaml");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `folio <args>` (shell words) in the scratch folder; `prefix` (shell words, such as
  // "ulimit -f 8;" or "env X=1") comes before it.
  FolioRun folio(const std::string& args, const std::string& prefix = "") {
    const fs::path run_dir = dir_ / ".run";
    const std::string cmd = "cd '" + dir_.string() + "' && " + prefix + " '" + kFolio + "' " + args + " >'" +
                            (run_dir / "out").string() + "' 2>'" + (run_dir / "err").string() + "'";
    const int status = std::system(cmd.c_str());
    FolioRun run;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = read(run_dir / "out");
    run.err = read(run_dir / "err");
    return run;
  }

  fs::path dir_;
};

}  // namespace folio::cli::test
