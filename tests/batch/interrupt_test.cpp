// Ctrl-C or SIGTERM in the middle of a batch: the issues in flight finish, no temporary file
// and no partial PDF is left, the manifest records what finished, and the next run renders the
// rest. The batch runs as a child process that the test signals.
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <thread>

#include "archive_fixture.hpp"
#include "batch/manifest.hpp"
#include "folio/folio.hpp"

namespace folio::batch::test {
namespace {

constexpr int kIssues = 150;

class Interrupt : public Archive {
 protected:
  void SetUp() override {
    Archive::SetUp();
    // The same issue under many names: every PDF must be exactly this one.
    for (int n = 0; n < kIssues; ++n) write(arch_ / ("i" + std::to_string(1000 + n) + ".md"), issue_text(1));
    RenderOptions options;
    options.input = (arch_ / "i1000.md").string();
    options.output = (dir_ / "reference.pdf").string();
    render(options);
    reference_ = read(options.output);
  }

  std::size_t pdfs() const {
    std::size_t n = 0;
    for (const std::string& f : out_files()) n += f.size() > 4 && f.compare(f.size() - 4, 4, ".pdf") == 0;
    return n;
  }

  void stop_and_resume(int signal, int expected_status, const std::string& name) {
    const pid_t pid = start({"batch", "arch", "-o", "out", "-j", "2"}, dir_ / "err");
    ASSERT_GT(pid, 0);
    // Signal once the first PDF is out: the batch is under way, with most issues still to do.
    for (int i = 0; i < 6000 && pdfs() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    ::kill(pid, signal);
    ASSERT_EQ(wait_for_exit(pid), expected_status) << read(dir_ / "err");

    const std::string err = read(dir_ / "err");
    // "finishing N issues in progress, then stopping", or "stopping" when none was in flight.
    EXPECT_NE(err.find("folio: " + name + ": "), std::string::npos) << err;
    EXPECT_NE(err.find("not rendered (stopped by " + name + ": run again to render them)"), std::string::npos) << err;
    const std::set<std::string> files = out_files();
    std::size_t written = 0;
    for (const std::string& f : files) {
      EXPECT_EQ(f.find(".tmp"), std::string::npos) << f;  // no temporary file left behind
      if (f.rfind(".folio/", 0) == 0) continue;
      EXPECT_TRUE(read(out_ / f) == reference_) << f << " is not the whole PDF";
      ++written;
    }
    ASSERT_GT(written, 0u);
    ASSERT_LT(written, static_cast<std::size_t>(kIssues)) << "the batch ended before the signal";
    // The manifest records exactly the PDFs that were written.
    const Records records = read_manifest((out_ / ".folio/manifest.json").string());
    EXPECT_EQ(records.size(), written);
    for (const auto& [pdf, record] : records) EXPECT_TRUE(files.count(pdf)) << pdf;

    // The next run renders exactly the rest.
    const FolioRun again = folio("batch arch -o out -q");
    EXPECT_EQ(again.status, 0) << again.err;
    EXPECT_NE(again.err.find(std::to_string(kIssues) + " issues: " + std::to_string(kIssues - written) +
                             " rendered, " + std::to_string(written) + " up to date, 0 failed"),
              std::string::npos)
        << again.err;
    EXPECT_EQ(pdfs(), static_cast<std::size_t>(kIssues));
  }

  std::string reference_;
};

TEST_F(Interrupt, CtrlCStopsCleanlyAndTheNextRunResumes) { stop_and_resume(SIGINT, 130, "SIGINT"); }

TEST_F(Interrupt, SigtermStopsCleanlyAndTheNextRunResumes) { stop_and_resume(SIGTERM, 143, "SIGTERM"); }

}  // namespace
}  // namespace folio::batch::test
