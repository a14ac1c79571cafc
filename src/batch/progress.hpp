// How `folio batch` shows its progress on standard error.
#pragma once

#include <memory>
#include <ostream>

#include "batch/runner.hpp"

namespace folio::batch {

enum class ProgressStyle {
  kLive,   // a terminal: one line rewritten in place (done/total, pages, issues/s, elapsed, ETA);
           // failures and warnings scroll above it
  kLines,  // a log: one line per finished issue, its warnings, its failure
  kQuiet,  // nothing: failures come with the summary
};

std::unique_ptr<Progress> make_progress(ProgressStyle style, std::ostream& out);

// "SIGINT", "SIGTERM", else "signal N".
std::string signal_name(int signal);

}  // namespace folio::batch
