// Splitting a batch over N independent processes (Slurm array tasks, Kubernetes indexed jobs):
// each takes the issues whose relative path hashes to its number. The rule depends on nothing
// but the path, so every issue lands in exactly one shard, and adding issues moves none of the
// others. deploy/slurm/ relies on exactly this rule.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio::batch {

struct Shard {
  unsigned index = 1;  // 1-based, as --shard I/N and $SLURM_ARRAY_TASK_ID count
  unsigned count = 1;

  bool whole() const { return count == 1; }
};

// "I/N" with 1 <= I <= N (decimal, no signs or spaces); nullopt otherwise.
std::optional<Shard> parse_shard(std::string_view text);

// True when FNV-1a-64 of `relative` (UTF-8, '/' separators, as IssueFile::relative) modulo
// shard.count is shard.index - 1.
bool in_shard(std::string_view relative, const Shard& shard);

}  // namespace folio::batch
