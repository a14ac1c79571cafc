// What a batch did with each issue: the runner fills it, progress and the summary read it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "batch/discovery.hpp"
#include "batch/shard.hpp"
#include "folio/diagnostic.hpp"

namespace folio::batch {

enum class Outcome {
  kRendered,
  kUpToDate,     // its PDF was already what a render would write
  kFailed,       // `error` says why; its old PDF, if any, is untouched
  kNotRendered,  // the batch was stopped by a signal first
};

struct IssueResult {
  IssueFile issue;
  std::string pdf_path;  // OUTDIR joined with issue.pdf
  Outcome outcome = Outcome::kNotRendered;
  int pages = 0;        // of the PDF on disk (rendered now or before)
  double seconds = 0;   // the render's own time
  std::vector<Diagnostic> warnings;
  Diagnostic error;  // kFailed only: file:line:col: error: message
};

struct BatchReport {
  std::string out_dir;
  Shard shard;
  std::vector<IssueResult> issues;  // this shard's, in discovery order
  double wall_seconds = 0;
  int signal = 0;  // the signal that stopped the batch; 0 when it ran to the end

  std::size_t count(Outcome outcome) const {
    std::size_t n = 0;
    for (const IssueResult& r : issues) n += r.outcome == outcome;
    return n;
  }
  int pages_rendered() const {
    int n = 0;
    for (const IssueResult& r : issues) n += r.outcome == Outcome::kRendered ? r.pages : 0;
    return n;
  }
};

}  // namespace folio::batch
