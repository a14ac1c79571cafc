// 500 KB of pathological Markdown costs what ordinary text of that size costs (docs/limits.md,
// "Time and memory"): the folio program's peak memory stays under 100 MB and its time linear.
// Memory is only asserted in a plain build: the sanitizers' shadow memory is many times more.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "cli/folio_folder.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define FOLIO_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FOLIO_SANITIZED 1
#endif
#endif

namespace folio::cli::test {
namespace {

struct Cost {
  int status = -1;
  double seconds = 0;
  long peak_kb = 0;
};

// Runs `folio render issue -o out` as a child and measures it (wait4 gives the child's peak RSS).
Cost measure(const std::string& issue, const std::string& out) {
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stderr);
    ::execl(kFolio.c_str(), kFolio.c_str(), "render", issue.c_str(), "-o", out.c_str(), nullptr);
    ::_exit(127);
  }
  Cost c;
  int status = 0;
  struct rusage usage {};
  ::wait4(pid, &status, 0, &usage);
  c.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  c.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  c.peak_kb = usage.ru_maxrss;
  return c;
}

// 500,000 bytes of `unit` repeated, in blocks of `lines` lines with blank lines between.
std::string pathological(const std::string& unit, int per_line, int lines = 10) {
  std::string line;
  for (int i = 0; i < per_line; ++i) line += unit;
  while (!line.empty() && line.back() == ' ') line.pop_back();
  std::string block;
  for (int i = 0; i < lines; ++i) block += line + "\n";
  block += "\n";
  std::string body = "---\npublication: P\nissue: I\n---\n\n";
  while (body.size() < 500000) body += block;
  return body.substr(0, 500000);
}

using PathologicalInput = FolioFolder;

TEST_F(PathologicalInput, FiveHundredKilobytesRenderInBoundedTimeAndMemory) {
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {"ordinary prose", pathological("lorem ipsum dolor sit amet ", 4)},
      {"unmatched backticks", pathological("` ", 50)},
      {"code spans", pathological("a `b ", 20)},
      {"unmatched brackets", pathological("[a", 50)},
      {"unmatched stars", pathological("*a ", 33)},
      {"unmatched underscores", pathological("_a", 50)},
      {"unmatched angle brackets", pathological("<a", 50)},
      {"images never closed", pathological("![a", 33)},
      {"entities", pathological("&amp;", 20)},
      {"words of 60,000 characters", pathological(std::string(60000, 'x'), 1, 1)},
  };
  for (const auto& [name, text] : inputs) {
    SCOPED_TRACE(name);
    std::ofstream(dir_ / "big.md", std::ios::binary) << text;
    const Cost c = measure((dir_ / "big.md").string(), (dir_ / "big.pdf").string());
    std::cout << "[ cost     ] " << name << ": " << c.seconds << " s, " << c.peak_kb / 1024 << " MB\n";
    EXPECT_EQ(c.status, 0);
    EXPECT_LT(c.seconds, 20.0);  // linear work: ~0.5 s alone; quadratic work took minutes
#ifndef FOLIO_SANITIZED
    EXPECT_LT(c.peak_kb, 100 * 1024);
#endif
  }
}

}  // namespace
}  // namespace folio::cli::test
