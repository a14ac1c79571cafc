// Nothing a user had is lost, and nothing folio keeps changes its output: a render killed at any
// moment (SIGKILL, so nothing of folio runs after it) leaves the earlier PDF or the whole new one,
// never part of one; the hyphenation cache, however damaged or however many processes write it
// at once, never changes a PDF; and a render reaches no network.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "cli/folio_folder.hpp"

extern char** environ;

namespace folio::cli::test {
namespace {

const std::string kEarlier = "%PDF- an earlier good render, kept whatever happens";

// folio as a child process of this test (not through a shell, so the kill reaches folio itself).
pid_t spawn_folio(const std::vector<std::string>& args) {
  std::vector<char*> argv{const_cast<char*>(kFolio.c_str())};
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, kFolio.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

int wait_for(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

// The temporary files of `pdf` left in its folder (removed, counted).
int remove_temporaries(const fs::path& pdf) {
  int n = 0;
  for (const auto& e : fs::directory_iterator(pdf.parent_path()))
    if (e.path().filename().string().rfind(pdf.filename().string() + ".tmp-", 0) == 0) {
      fs::remove(e.path());
      ++n;
    }
  return n;
}

using NothingLost = FolioFolder;

TEST_F(NothingLost, AKilledRenderLeavesTheEarlierPdfOrTheWholeNewOne) {
  const fs::path issue = kRoot + "/samples/archive/2023/2023-12.md";  // 12 pages, a PDF of ~100 KB
  const fs::path pdf = dir_ / "out.pdf";
  ASSERT_EQ(wait_for(spawn_folio({"render", issue.string(), "-o", pdf.string()})), 0);
  const std::string finished = read(pdf);
  ASSERT_EQ(finished.substr(0, 5), "%PDF-");
  const auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(wait_for(spawn_folio({"render", issue.string(), "-o", pdf.string()})), 0);
  const auto whole = std::chrono::steady_clock::now() - start;

  const int inotify = ::inotify_init1(IN_CLOEXEC);
  ASSERT_GE(inotify, 0);
  ASSERT_GE(::inotify_add_watch(inotify, dir_.c_str(), IN_CREATE), 0);
  std::mt19937 random(20261201);
  int killed_while_writing = 0, left_over = 0, completed = 0;
  constexpr int kRuns = 40;
  for (int run = 0; run < kRuns; ++run) {
    std::ofstream(pdf, std::ios::binary) << kEarlier;
    // Half the runs die at a random moment of the whole render; the others the moment the
    // temporary file appears, or a little after: while the PDF is being written.
    const bool at_write = run % 2 == 1;
    const pid_t pid = spawn_folio({"render", issue.string(), "-o", pdf.string()});
    ASSERT_GT(pid, 0);
    if (at_write) {
      char events[4096];
      while (::read(inotify, events, sizeof events) > 0) {
        const auto* e = reinterpret_cast<const inotify_event*>(events);
        if (e->len > 0 && std::string(e->name).rfind("out.pdf.tmp-", 0) == 0) break;
      }
      std::this_thread::sleep_for(std::chrono::microseconds(random() % 2000));
    } else {
      std::this_thread::sleep_for(whole * (random() % 1000) / 1000);
    }
    ::kill(pid, SIGKILL);
    const int status = wait_for(pid);
    const std::string now = read(pdf);
    EXPECT_TRUE(now == kEarlier || now == finished) << "run " << run << ": " << now.size() << " bytes";
    completed += WIFEXITED(status) ? 1 : 0;
    const int temporaries = remove_temporaries(pdf);
    left_over += temporaries;
    if (at_write && temporaries > 0) ++killed_while_writing;
  }
  ::close(inotify);
  std::cout << "[ kills    ] " << kRuns << " renders killed: " << killed_while_writing
            << " while writing the PDF, " << completed << " finished first, " << left_over
            << " temporary files left (never the PDF)\n";
  EXPECT_GE(killed_while_writing, 1);  // the test did reach the moment that matters
}

class Cache : public FolioFolder {
 protected:
  // Renders the sample with the cache in `cache` ("" for none) and returns the PDF.
  std::string render_with(const std::string& cache, const std::string& name = "out.pdf") {
    const FolioRun run = folio("render issue.md -o " + name, "FOLIO_CACHE_DIR='" + cache + "'");
    EXPECT_EQ(run.status, 0) << run.err;
    return read(dir_ / name);
  }
  std::string cache_file(const fs::path& cache) {
    for (const auto& e : fs::directory_iterator(cache))
      if (e.path().filename().string().rfind("hyphenation-", 0) == 0) return e.path().string();
    return "";
  }
};

TEST_F(Cache, DamagedCacheFilesNeverChangeThePdf) {
  const std::string reference = render_with("");
  const fs::path cache = dir_ / "cache";
  ASSERT_EQ(render_with(cache.string()), reference);  // writes the cache
  const std::string file = cache_file(cache);
  ASSERT_FALSE(file.empty());
  const std::string good = read(file);
  ASSERT_EQ(render_with(cache.string()), reference);  // reads it
  std::mt19937 random(13);
  std::string noise(good.size(), '\0');
  for (char& c : noise) c = static_cast<char>(random());
  std::string flipped = good;
  flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x01);
  // Every word breakable after its first letter: well formed, and it would move many line ends,
  // but the checksum no longer holds.
  const std::string moved = std::regex_replace(good, std::regex("\t[0-9,]+\n"), "\t1\n");
  ASSERT_NE(moved, good);
  const std::vector<std::pair<const char*, std::string>> damage = {
      {"empty", ""},
      {"cut in half", good.substr(0, good.size() / 2)},
      {"cut at a line end", good.substr(0, good.rfind('\n', good.size() / 2) + 1)},
      {"one bit flipped", flipped},
      {"every hyphenation point moved", moved},
      {"random bytes", noise},
      {"the header then random bytes", good.substr(0, good.find('\n') + 1) + noise},
  };
  for (const auto& [what, bytes] : damage) {
    SCOPED_TRACE(what);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
    EXPECT_EQ(render_with(cache.string()), reference);
  }
  fs::remove(file);
  fs::create_directory(file);  // a folder where the file should be
  EXPECT_EQ(render_with(cache.string()), reference);
  fs::remove(file);
  ASSERT_EQ(::mkfifo(file.c_str(), 0600), 0);  // a pipe nobody writes: must not block the render
  EXPECT_EQ(render_with(cache.string()), reference);
}

TEST_F(Cache, ManyRendersWritingTheCacheAtOnceNeverChangeThePdf) {
  const std::string reference = render_with("");
  const fs::path cache = dir_ / "cache";
  for (int round = 0; round < 3; ++round) {
    std::vector<pid_t> pids;
    ::setenv("FOLIO_CACHE_DIR", cache.c_str(), 1);
    for (int k = 0; k < 8; ++k)
      pids.push_back(spawn_folio({"render", (dir_ / "issue.md").string(), "-o",
                                  (dir_ / ("p" + std::to_string(k) + ".pdf")).string()}));
    ::unsetenv("FOLIO_CACHE_DIR");
    for (pid_t pid : pids) EXPECT_EQ(wait_for(pid), 0);
    for (int k = 0; k < 8; ++k) EXPECT_EQ(read(dir_ / ("p" + std::to_string(k) + ".pdf")), reference) << k;
  }
  const std::string file = read(cache_file(cache));
  EXPECT_EQ(file.rfind("folio hyphenation cache 2\n", 0), 0u);
  EXPECT_EQ(file.substr(file.rfind('\n', file.size() - 2) + 1, 9), "checksum ");
  EXPECT_EQ(remove_temporaries(cache_file(cache)), 0);
}

// Links are written into the PDF, never followed; fonts come from the fonts folder: no socket is
// ever opened (strace lists every network system call of folio and its threads).
TEST_F(NothingLost, ARenderReachesNoNetwork) {
  if (std::system("command -v strace >/dev/null") != 0) GTEST_SKIP() << "strace is not installed";
  // LeakSanitizer cannot run under ptrace: the sanitizer build leaves leaks to the other tests here.
  const FolioRun run = folio("render issue.md -o out.pdf",
                             "ASAN_OPTIONS=detect_leaks=0 strace -f -qq -e trace=network -o net.log");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(read(dir_ / "issue.md").find("](https://"), std::string::npos);  // the issue has links
  EXPECT_EQ(read(dir_ / "net.log"), "");
}

}  // namespace
}  // namespace folio::cli::test
