// `folio batch DIR|FILE... -o OUTDIR`: every issue under the folders, rendered in one process on
// a pool of threads, incrementally, optionally one shard of N (src/batch/).
#include <unistd.h>

#include <iostream>
#include <memory>

#include "batch/discovery.hpp"
#include "batch/interrupt.hpp"
#include "batch/progress.hpp"
#include "batch/runner.hpp"
#include "batch/summary.hpp"
#include "cli/command.hpp"
#include "common/atomic_file.hpp"

namespace folio::cli {
namespace {

struct BatchCommand {
  std::vector<std::string> paths;
  batch::BatchOptions options;
  std::string shard;
  bool quiet = false;
  std::string json;
};

int run_batch(BatchCommand& command) {
  std::vector<batch::IssueFile> issues;
  try {
    issues = batch::discover_issues(command.paths);
  } catch (const Error& e) {  // two issues for one PDF: the command line asks the impossible
    print_failure(e);
    return kExitUsage;
  }
  if (!command.shard.empty()) command.options.shard = *batch::parse_shard(command.shard);
  const batch::ProgressStyle style = command.quiet      ? batch::ProgressStyle::kQuiet
                                     : ::isatty(STDERR_FILENO) ? batch::ProgressStyle::kLive
                                                               : batch::ProgressStyle::kLines;
  const std::unique_ptr<batch::Progress> progress = batch::make_progress(style, std::cerr);
  const batch::StopOnSignals signals;
  const batch::BatchReport report = batch::run_batch(issues, command.options, *progress, signals.flag());
  std::cerr << batch::describe(report);
  if (!command.json.empty())
    write_file_atomically(command.json, batch::summary_json(report).dump(2) + "\n", "the batch summary");
  if (report.signal != 0) return 128 + report.signal;  // as a shell reports a process the signal ended
  return report.count(batch::Outcome::kFailed) == 0 ? kExitDone : kExitFailed;
}

Run add_batch(CLI::App& app) {
  auto command = std::make_shared<BatchCommand>();
  batch::BatchOptions& options = command->options;
  app.add_option("DIR|FILE", command->paths,
                 "folders to search for issues (*.md files beginning with front matter '---', hidden "
                 "folders skipped), and issue files")
      ->type_name("")
      ->required()
      ->check(CLI::ExistingPath.description(""));
  app.add_option("-o,--output", options.out_dir,
                 "the output folder: DIR/<path below its folder>.pdf for each issue, the manifest in DIR/.folio")
      ->type_name("DIR")
      ->required();
  app.add_option("-j,--jobs", options.jobs, "render N issues at once (default: one per core)")
      ->type_name("N")
      ->check(CLI::Range(1, 1024));
  app.add_flag("--force", options.force, "render every issue, even those whose PDF is up to date");
  app.add_option("--shard", command->shard,
                 "render only shard I of N (1-based): the issues whose FNV-1a-64 hash of their path below "
                 "its folder is I-1 modulo N")
      ->type_name("I/N")
      ->check(CLI::Validator(
          [](std::string& value) {
            return batch::parse_shard(value) ? std::string() : "expected I/N with 1 <= I <= N, got '" + value + "'";
          },
          ""));
  app.add_flag("--allow-outside-images", options.allow_outside_images,
               "let figures name images outside their issue's folder (../, absolute paths, symbolic links out)");
  app.add_flag("-q,--quiet", command->quiet, "print only failures and the summary");
  app.add_option("--json", command->json, "also write the summary, and every issue's outcome, as JSON to FILE")
      ->type_name("FILE");
  app.footer(
      "Exit status: 0 every issue rendered or up to date; 1 an issue failed (each reported as "
      "file:line:col: error: message); 2 a usage error; 130 or 143 stopped by SIGINT or SIGTERM (the issues in "
      "flight finish; run again to render the rest).");
  return [command] { return run_batch(*command); };
}

const Registration kBatch{"batch", "Render every issue under folders into PDFs: in parallel, only what changed",
                          add_batch};

}  // namespace
}  // namespace folio::cli
