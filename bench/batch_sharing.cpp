// `batch_sharing shared|per-worker|per-issue ARCHIVE OUTDIR JOBS`: one forced batch over ARCHIVE,
// its workers sharing one folio::Resources, having one each, or (the way before batches) making
// fonts and caches afresh for every issue. Timed from outside as a whole process (bench/README.md:
// farm-bench or hyperfine), so start-up and loading count as they do for `folio batch`.
#include <atomic>
#include <cstdlib>
#include <iostream>
#include <string>

#include "batch/discovery.hpp"
#include "batch/progress.hpp"
#include "batch/runner.hpp"
#include "batch/summary.hpp"

int main(int argc, char** argv) {
  using namespace folio::batch;
  const std::string mode = argc == 5 ? argv[1] : "";
  if (mode != "shared" && mode != "per-worker" && mode != "per-issue") {
    std::cerr << "usage: batch_sharing shared|per-worker|per-issue ARCHIVE OUTDIR JOBS\n";
    return 2;
  }
  BatchOptions options;
  options.out_dir = argv[3];
  options.jobs = static_cast<unsigned>(std::atoi(argv[4]));
  options.force = true;
  options.sharing = mode == "shared"       ? BatchOptions::Sharing::kProcess
                    : mode == "per-worker" ? BatchOptions::Sharing::kWorker
                                           : BatchOptions::Sharing::kIssue;
  const auto quiet = make_progress(ProgressStyle::kQuiet, std::cerr);
  const std::atomic<int> go_on{0};
  const BatchReport report = run_batch(discover_issues({argv[2]}), options, *quiet, go_on);
  std::cerr << describe(report);
  return report.count(Outcome::kRendered) == report.issues.size() ? 0 : 1;
}
