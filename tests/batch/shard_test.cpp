// --shard I/N: the exact rule deploy/slurm/ depends on, and that N shards cover every issue once.
#include "batch/shard.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace folio::batch {
namespace {

TEST(Shard, ParsesIOverN) {
  const std::optional<Shard> s = parse_shard("3/8");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->index, 3u);
  EXPECT_EQ(s->count, 8u);
  EXPECT_FALSE(s->whole());
  EXPECT_TRUE(parse_shard("1/1")->whole());
  EXPECT_EQ(parse_shard("8/8")->index, 8u);
}

TEST(Shard, RejectsAnythingElse) {
  for (const char* bad : {"", "3", "0/4", "5/4", "1/0", "-1/4", "+1/4", "1 /4", "1/4 ", "01/4", "a/4",
                          "1/4/5", "/4", "1/", "1234567890/1234567891"})
    EXPECT_FALSE(parse_shard(bad)) << bad;
}

// Values computed independently (Python, FNV-1a 64 over the UTF-8 bytes): a change of hash,
// of byte order or of 0- vs 1-based counting breaks the contract with deploy/slurm/.
TEST(Shard, IsFnv1a64OfTheRelativePathModuloN) {
  struct Case {
    const char* path;
    unsigned count, index;  // index = hash % count + 1
  };
  for (const Case& c : std::vector<Case>{{"a", 7, 6},  // 0xaf63dc4c8601ec8c
                                         {"2025-05/issue.md", 4, 2},
                                         {"2025-06/issue.md", 3, 3},
                                         {"2025-06/issue.md", 7, 6},
                                         {"issue.md", 4, 4},
                                         {"\xC3\xA9t\xC3\xA9/num\xC3\xA9ro.md", 7, 3}}) {
    for (unsigned i = 1; i <= c.count; ++i)
      EXPECT_EQ(in_shard(c.path, Shard{i, c.count}), i == c.index) << c.path << " " << i << "/" << c.count;
  }
}

std::vector<std::string> names(int from, int to) {
  std::vector<std::string> out;
  for (int i = from; i < to; ++i) out.push_back(std::to_string(2000 + i / 12) + "-" + std::to_string(i % 12 + 1) + "/issue.md");
  return out;
}

TEST(Shard, NShardsTakeEveryIssueExactlyOnce) {
  const std::vector<std::string> issues = names(0, 300);
  for (unsigned n : {1u, 2u, 3u, 4u, 7u, 16u}) {
    std::vector<int> shards_per_issue(issues.size(), 0);
    std::vector<int> issues_per_shard(n, 0);
    for (unsigned i = 1; i <= n; ++i)
      for (std::size_t k = 0; k < issues.size(); ++k)
        if (in_shard(issues[k], Shard{i, n})) {
          ++shards_per_issue[k];
          ++issues_per_shard[i - 1];
        }
    for (std::size_t k = 0; k < issues.size(); ++k) EXPECT_EQ(shards_per_issue[k], 1) << issues[k] << " n=" << n;
    // A hash spreads them: no shard is empty or holds more than twice its share.
    for (unsigned i = 0; i < n; ++i) {
      EXPECT_GT(issues_per_shard[i], 0) << i + 1 << "/" << n;
      EXPECT_LT(issues_per_shard[i], 2 * 300 / static_cast<int>(n)) << i + 1 << "/" << n;
    }
  }
}

TEST(Shard, AddingIssuesMovesNoneOfTheOthers) {
  const std::vector<std::string> before = names(0, 100);
  std::map<std::string, unsigned> shard_of;
  for (const std::string& issue : before)
    for (unsigned i = 1; i <= 5; ++i)
      if (in_shard(issue, Shard{i, 5})) shard_of[issue] = i;
  std::vector<std::string> after = names(100, 160);
  after.insert(after.end(), before.rbegin(), before.rend());  // other positions, more issues
  std::size_t kept = 0;
  for (const std::string& issue : after) {
    if (!shard_of.count(issue)) continue;
    for (unsigned i = 1; i <= 5; ++i) {
      if (in_shard(issue, Shard{i, 5})) {
        EXPECT_EQ(shard_of[issue], i) << issue;
        ++kept;
      }
    }
  }
  EXPECT_EQ(kept, before.size());
}

}  // namespace
}  // namespace folio::batch
