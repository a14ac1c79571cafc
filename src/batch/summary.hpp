// The end of a batch: the summary printed, and the same as JSON for --json.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "batch/report.hpp"

namespace folio::batch {

// Each failure as file:line:col: error: message, then one line of counts:
//   "120 issues: 117 rendered, 2 up to date, 1 failed; 351 pages in 2.31 s"
// with the shard ("shard 2/4: ...") and what a signal left undone.
std::string describe(const BatchReport& report);

// The same facts, and each issue's outcome, keys in this order (README.md, "Rendering an
// archive"); deploy/slurm/check-shards reads "shard", "rendered", "skipped" and "failed".
nlohmann::ordered_json summary_json(const BatchReport& report);

}  // namespace folio::batch
