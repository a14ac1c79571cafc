// `folio golden check` and `folio golden update` as library calls: the CLI and the tests both
// run these. Cases render in parallel, each on its own thread with its own typesetting job.
#pragma once

#include <string>
#include <vector>

#include "golden/case_check.hpp"
#include "golden/manifest.hpp"

namespace folio::golden {

struct RunOptions {
  std::string manifest;    // the goldens of case X live in <manifest's folder>/X/
  std::string root;        // the repository: inputs, styles and layouts are relative to it; fonts/ in it
  std::string report_dir;  // check only: where failures are written
  std::vector<std::string> cases;  // empty: every case
  unsigned threads = 0;            // 0: one per core
};

struct CheckRun {
  std::vector<CaseResult> results;                     // manifest order; images dropped once on disk
  std::vector<std::vector<std::string>> report_files;  // per result: what was written for it
  std::string html_report;                             // "" when every case matches
  int failed() const;
};

// Throws folio::Error on a bad manifest, an unknown case, missing goldens or a case that
// cannot be typeset.
CheckRun check(const RunOptions& options);

struct UpdatedCase {
  std::string name;
  std::vector<std::string> files;  // written or removed; empty when the goldens were current
};

// Renders the cases and stores their goldens. Throws folio::Error.
std::vector<UpdatedCase> update(const RunOptions& options);

// The golden folder of a case.
std::string golden_dir(const RunOptions& options, const Case& c);

}  // namespace folio::golden
