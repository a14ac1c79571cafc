// `folio batch`: renders many issues in one process on a pool of threads, skipping those whose
// PDF is up to date, and records what it wrote in OUTDIR's manifest.
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include "batch/discovery.hpp"
#include "batch/report.hpp"
#include "batch/shard.hpp"

namespace folio::batch {

struct BatchOptions {
  std::string out_dir;
  unsigned jobs = 0;      // worker threads; 0: one per core
  bool force = false;     // render even what is up to date
  Shard shard;            // render only this shard's issues
  std::string data_dir;   // as RenderOptions::data_dir
  bool allow_outside_images = false;  // as RenderOptions::allow_outside_images
  // Which renders share fonts, shaped words and hyphenation patterns (folio::Resources). The
  // output is the same; bench/README.md measures the speed and memory of each.
  enum class Sharing {
    kProcess,  // all workers share one: the fastest
    kWorker,   // each worker thread has its own
    kIssue,    // none: each render loads its own, as `folio render` does
  };
  Sharing sharing = Sharing::kProcess;
};

// What the batch says as it goes; every call comes from the thread that called run_batch.
class Progress {
 public:
  virtual ~Progress() = default;
  virtual void started(std::size_t to_render, std::size_t up_to_date) = 0;
  virtual void finished(const IssueResult& result) = 0;  // rendered or failed
  virtual void tick() = 0;                               // about ten times a second meanwhile
  virtual void stopping(int signal, std::size_t in_flight) = 0;
  virtual void ended() = 0;
};

// Renders this shard's `issues` (discover_issues) into options.out_dir. Workers take no new
// issue once `stop` is non-zero (a signal number, set by a signal handler); issues in flight
// finish, so every PDF is whole. A failed issue is reported and the others go on. The manifest
// (manifest.hpp) is written at the end with what finished, even when stopped. Throws
// folio::Error only when the manifest cannot be written.
BatchReport run_batch(const std::vector<IssueFile>& issues, const BatchOptions& options, Progress& progress,
                      const std::atomic<int>& stop);

}  // namespace folio::batch
