#include "golden/golden_runner.hpp"

#include <filesystem>

#include "golden/case_render.hpp"
#include "golden/golden_store.hpp"
#include "common/parallel_for.hpp"
#include "golden/report.hpp"

namespace folio::golden {

std::string golden_dir(const RunOptions& options, const Case& c) {
  const std::filesystem::path manifest(options.manifest);
  return (manifest.parent_path() / c.name).string();
}

int CheckRun::failed() const {
  int n = 0;
  for (const CaseResult& r : results) n += !r.matches();
  return n;
}

CheckRun check(const RunOptions& options) {
  const std::vector<Case> cases =
      select_cases(load_manifest(options.manifest), options.cases, options.manifest);
  clear_report(options.report_dir, cases);

  CheckRun run;
  run.results.resize(cases.size());
  run.report_files.resize(cases.size());
  parallel_for(cases.size(), options.threads, [&](std::size_t i) {
    CaseResult& r = run.results[i];
    r = compare_case(cases[i], render_case(cases[i], options.root), golden_dir(options, cases[i]));
    if (!r.matches()) run.report_files[i] = write_case_report(options.report_dir, r);
    // The pictures are on disk now; a long manifest should not hold every page in memory.
    r.actual_images = {};
    for (PageDiff& d : r.pages) d.expected = d.actual = Image{};
  });

  std::vector<const CaseResult*> failing;
  for (const CaseResult& r : run.results)
    if (!r.matches()) failing.push_back(&r);
  if (!failing.empty()) run.html_report = write_html_report(options.report_dir, failing);
  return run;
}

std::vector<UpdatedCase> update(const RunOptions& options) {
  const std::vector<Case> cases =
      select_cases(load_manifest(options.manifest), options.cases, options.manifest);
  std::vector<UpdatedCase> out(cases.size());
  parallel_for(cases.size(), options.threads, [&](std::size_t i) {
    out[i].name = cases[i].name;
    out[i].files = store_goldens(golden_dir(options, cases[i]), render_case(cases[i], options.root));
  });
  return out;
}

}  // namespace folio::golden
