// N shards of one archive rendering into the same OUTDIR at the same time (as a Slurm array
// does on a shared file system): every issue once, each shard's manifest whole, and the
// manifests together make an unsharded run find everything up to date.
#include <gtest/gtest.h>

#include "archive_fixture.hpp"
#include "batch/manifest.hpp"
#include "batch/shard.hpp"

namespace folio::batch::test {
namespace {

constexpr unsigned kShards = 4;

class ConcurrentShards : public Archive {
 protected:
  void SetUp() override {
    Archive::SetUp();
    for (int n = 0; n < 24; ++n) write(arch_ / ("y" + std::to_string(2000 + n / 12) + "/" + std::to_string(n % 12 + 1) + ".md"), issue_text(n));
  }

  // Starts the N shards at once and waits for all of them.
  void run_shards_at_once() {
    std::vector<pid_t> pids;
    for (unsigned i = 1; i <= kShards; ++i)
      pids.push_back(start({"batch", "arch", "-o", "out", "-q", "-j", "1", "--shard",
                            std::to_string(i) + "/" + std::to_string(kShards)},
                           dir_ / ("err" + std::to_string(i))));
    for (unsigned i = 1; i <= kShards; ++i)
      EXPECT_EQ(wait_for_exit(pids[i - 1]), 0) << read(dir_ / ("err" + std::to_string(i)));
  }
};

TEST_F(ConcurrentShards, RenderEveryIssueOnceAndKeepEveryManifestWhole) {
  run_shards_at_once();
  const std::vector<IssueFile> issues = discover_issues({arch_.string()});
  std::map<std::string, int> recorded;  // PDF -> how many shards recorded it
  for (unsigned i = 1; i <= kShards; ++i) {
    const Shard shard{i, kShards};
    const std::string path = manifest_path(out_.string(), shard);
    ASSERT_TRUE(fs::exists(path)) << path;
    const Records records = read_manifest(path);
    for (const auto& [pdf, record] : records) ++recorded[pdf];
    std::size_t expected = 0;
    for (const IssueFile& issue : issues)
      if (in_shard(issue.relative, shard)) {
        ++expected;
        EXPECT_TRUE(records.count(issue.pdf)) << issue.pdf << " missing from shard " << i;
      }
    EXPECT_EQ(records.size(), expected) << "shard " << i;
    const std::string err = read(dir_ / ("err" + std::to_string(i)));
    EXPECT_NE(err.find("shard " + std::to_string(i) + "/4: " + std::to_string(expected) + " issues: " +
                       std::to_string(expected) + " rendered, 0 up to date, 0 failed"),
              std::string::npos)
        << err;
  }
  ASSERT_EQ(recorded.size(), issues.size());
  for (const auto& [pdf, count] : recorded) EXPECT_EQ(count, 1) << pdf;

  // Merged on read: the whole archive, unsharded, is up to date; and so is each shard again.
  const FolioRun whole = folio("batch arch -o out -q");
  EXPECT_EQ(whole.status, 0);
  EXPECT_NE(whole.err.find("24 issues: 0 rendered, 24 up to date, 0 failed"), std::string::npos) << whole.err;
  run_shards_at_once();
  for (unsigned i = 1; i <= kShards; ++i)
    EXPECT_NE(read(dir_ / ("err" + std::to_string(i))).find(" 0 rendered, "), std::string::npos);
}

}  // namespace
}  // namespace folio::batch::test
