// A small archive in a scratch folder: issues made from the first section of the May 2025
// sample (one page each), two small style sheets derived from the default one, and an output
// folder. Tests run batches over it in process (run) or as the folio program (folio).
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "batch/discovery.hpp"
#include "batch/progress.hpp"
#include "batch/runner.hpp"

namespace folio::batch::test {

namespace fs = std::filesystem;

inline const std::string kRoot = FOLIO_SOURCE_DIR;
inline const std::string kFolio = std::string(FOLIO_BINARY_DIR) + "/folio";

inline std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// The sample's front matter and first section (up to its second article), without its
// footnote markers: their notes are defined at the end of the sample.
inline const std::string& first_section() {
  static const std::string text = [] {
    const std::string sample = read(kRoot + "/samples/2025-05/issue.md");
    const std::size_t first = sample.find("\n# ");
    const std::string section = sample.substr(0, sample.find("\n# ", first + 1) + 1);
    return std::regex_replace(section, std::regex("\\[\\^[A-Za-z0-9-]+\\]"), "");
  }();
  return text;
}

// An issue numbered n (so that issues differ), with a style and a layout in its front matter
// ("" for none).
inline std::string issue_text(int n, const std::string& style = "", const std::string& layout = "") {
  std::string text = first_section();
  std::string extra;
  if (!style.empty()) extra += "style: " + style + "\n";
  if (!layout.empty()) extra += "layout: " + layout + "\n";
  text.insert(text.find("lang: en\n") + 9, extra);
  return text + "\nThis is archive issue number " + std::to_string(n) + ".\n";
}

// The default style sheet with another brand red: same layout, other bytes.
inline std::string style_text(const std::string& red) {
  std::string text = read(kRoot + "/styles/default.yaml");
  const std::string brand = "brand-red: \"#A6192E\"";
  text.replace(text.find(brand), brand.size(), "brand-red: \"" + red + "\"");
  return text;
}

struct FolioRun {
  int status = -1;  // exit status; -1 when folio did not exit normally
  std::string err;  // stderr
};

class Archive : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    dir_ = fs::temp_directory_path() / ("folio-batch-" + std::to_string(::getpid()) + "-" + test);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    arch_ = dir_ / "arch";
    out_ = dir_ / "out";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Every file under OUTDIR, relative to it ('/'-separated), sorted; none while it does not exist.
  std::set<std::string> out_files() const {
    std::set<std::string> files;
    std::error_code ec;  // none yet, or a file that went while listing: the caller asks again
    for (fs::recursive_directory_iterator it(out_, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec)) files.insert(it->path().lexically_relative(out_).generic_string());
    return files;
  }

  // A batch in this process, silent, over `roots` (default: the archive).
  BatchReport run(BatchOptions options = {}, std::vector<std::string> roots = {}) {
    if (roots.empty()) roots = {arch_.string()};
    if (options.out_dir.empty()) options.out_dir = out_.string();
    const auto quiet = make_progress(ProgressStyle::kQuiet, std::cerr);
    const std::atomic<int> go_on{0};
    return run_batch(discover_issues(roots), options, *quiet, go_on);
  }

  // The relative paths of the issues that came out with `outcome`.
  static std::vector<std::string> with(const BatchReport& report, Outcome outcome) {
    std::vector<std::string> out;
    for (const IssueResult& r : report.issues)
      if (r.outcome == outcome) out.push_back(r.issue.relative);
    return out;
  }

  // Runs `folio <args>` (shell words) in the scratch folder; stderr is kept.
  FolioRun folio(const std::string& args) const {
    const std::string cmd =
        "cd '" + dir_.string() + "' && '" + kFolio + "' " + args + " 2>'" + (dir_ / "stderr").string() + "'";
    const int status = std::system(cmd.c_str());
    FolioRun run;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.err = read(dir_ / "stderr");
    return run;
  }

  // Starts `folio <args>` in the scratch folder with its stderr going to `err`; returns its pid.
  pid_t start(const std::vector<std::string>& args, const fs::path& err) const {
    const pid_t pid = ::fork();
    if (pid == 0) {
      if (::chdir(dir_.c_str()) != 0) ::_exit(126);
      if (!std::freopen(err.c_str(), "w", stderr)) ::_exit(126);
      std::vector<char*> argv{const_cast<char*>(kFolio.c_str())};
      for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      ::execv(kFolio.c_str(), argv.data());
      ::_exit(127);
    }
    return pid;
  }

  // Its exit status; -1 when it did not exit normally.
  static int wait_for_exit(pid_t pid) {
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  fs::path dir_, arch_, out_;
};

}  // namespace folio::batch::test
