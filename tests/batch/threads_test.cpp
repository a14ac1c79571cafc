// Workers that share one folio::Resources (fonts, shaped words, hyphenation patterns), or have
// one each, write byte for byte the PDF that a render alone writes: for the same issue rendered
// by several threads at once and for different issues, styles and layouts side by side.
// (The sharing is also checked under ThreadSanitizer: bench/README.md.)
#include <gtest/gtest.h>

#include "archive_fixture.hpp"
#include "folio/folio.hpp"

namespace folio::batch::test {
namespace {

class Threads : public Archive {
 protected:
  void SetUp() override {
    Archive::SetUp();
    write(arch_ / "styles/red.yaml", style_text("#FF0000"));
    write(arch_ / "styles/blue.yaml", style_text("#0000FF"));
    for (int k = 1; k <= 8; ++k) write(arch_ / ("same/" + std::to_string(k) + ".md"), issue_text(1));
    const char* styles[] = {"", "../styles/red.yaml", "../styles/blue.yaml", "modern"};
    const char* layouts[] = {"", "letter", "tabloid-3col"};
    for (int n = 0; n < 8; ++n)
      write(arch_ / ("other/" + std::to_string(n) + ".md"), issue_text(n, styles[n % 4], layouts[n % 3]));
    // Each issue alone, in this thread, with resources of its own: the reference.
    for (const IssueFile& issue : discover_issues({arch_.string()})) {
      RenderOptions options;
      options.input = issue.path;
      options.output = (dir_ / "alone" / issue.pdf).string();
      options.files_root = arch_.string();  // as the batch does: the archive shares styles/
      fs::create_directories(fs::path(options.output).parent_path());
      render(options);
      alone_[issue.pdf] = read(options.output);
    }
    ASSERT_EQ(alone_.size(), 16u);
    ASSERT_EQ(alone_["same/1.pdf"], alone_["same/8.pdf"]);
    ASSERT_NE(alone_["other/1.pdf"], alone_["other/2.pdf"]);
  }

  void expect_same_pdfs(BatchOptions::Sharing sharing) {
    BatchOptions options;
    options.jobs = 8;
    options.sharing = sharing;
    options.force = true;
    for (int round = 0; round < 3; ++round) {
      const BatchReport report = run(options);
      ASSERT_EQ(report.count(Outcome::kRendered), 16u);
      for (const auto& [pdf, bytes] : alone_) EXPECT_TRUE(read(out_ / pdf) == bytes) << pdf << " round " << round;
    }
  }

  std::map<std::string, std::string> alone_;
};

TEST_F(Threads, WorkersSharingResourcesWriteThePdfsOfRendersAlone) {
  expect_same_pdfs(BatchOptions::Sharing::kProcess);
}

TEST_F(Threads, WorkersWithResourcesOfTheirOwnWriteThePdfsOfRendersAlone) {
  expect_same_pdfs(BatchOptions::Sharing::kWorker);
}

TEST_F(Threads, RendersWithoutSharedResourcesWriteThePdfsOfRendersAlone) {
  expect_same_pdfs(BatchOptions::Sharing::kIssue);
}

}  // namespace
}  // namespace folio::batch::test
