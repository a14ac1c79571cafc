// What a batch prints while it runs: a line rewritten in place on a terminal, a line per issue
// in a log, nothing when quiet.
#include "batch/progress.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <regex>
#include <sstream>

namespace folio::batch {
namespace {

IssueResult rendered(const std::string& pdf, int pages) {
  IssueResult r;
  r.pdf_path = pdf;
  r.outcome = Outcome::kRendered;
  r.pages = pages;
  return r;
}

IssueResult failed() {
  IssueResult r;
  r.outcome = Outcome::kFailed;
  r.error = Diagnostic{Severity::Error, SourcePos{"b.md", 3, 1}, "broken"};
  return r;
}

void feed(Progress& p) {
  p.started(3, 5);
  p.finished(rendered("out/a.pdf", 3));
  p.finished(failed());
  p.stopping(SIGINT, 1);
  p.finished(rendered("out/c.pdf", 1));
  p.tick();
  p.stopping(SIGTERM, 0);
  p.ended();
}

TEST(Progress, ALogGetsALinePerIssue) {
  std::ostringstream out;
  feed(*make_progress(ProgressStyle::kLines, out));
  EXPECT_EQ(out.str(),
            "[1/3] out/a.pdf: 3 pages\n"
            "b.md:3:1: error: broken\n"
            "folio: SIGINT: finishing 1 issue in progress, then stopping\n"
            "[3/3] out/c.pdf: 1 page\n"
            "folio: SIGTERM: stopping\n");
}

TEST(Progress, QuietSaysNothing) {
  std::ostringstream out;
  feed(*make_progress(ProgressStyle::kQuiet, out));
  EXPECT_EQ(out.str(), "");
}

TEST(Progress, ATerminalGetsOneLineRewrittenInPlaceWithMessagesAboveIt) {
  std::ostringstream out;
  feed(*make_progress(ProgressStyle::kLive, out));
  // Each drawing clears the line first; the counts, rates and times follow. Draws between
  // events are at most ten a second, so only the first and those after messages are certain.
  const std::string line = "\r\033\\[K";
  const std::string rates = ", [0-9]+\\.[0-9] issues/s, [0-9]+\\.[0-9] s elapsed, ETA [0-9]+\\.[0-9] s";
  const std::regex expected(line + "0/3 issues, 0 pages, 0\\.0 s elapsed" +  // started
                            "(" + line + "1/3 issues, 3 pages" + rates + ")?" +  // a.pdf, if due
                            line + "b\\.md:3:1: error: broken\n" + line + "2/3 issues, 3 pages" + rates +
                            line + "folio: SIGINT: finishing 1 issue in progress, then stopping\n" + line +
                            "2/3 issues, 3 pages" + rates + "(" + line + "3/3 issues, 4 pages" + rates + ")?" +
                            line + "folio: SIGTERM: stopping\n" + line + "3/3 issues, 4 pages" + rates + line);
  EXPECT_TRUE(std::regex_match(out.str(), expected)) << out.str();
}

}  // namespace
}  // namespace folio::batch
