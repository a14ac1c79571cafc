#include "batch/summary.hpp"

#include "batch/progress.hpp"
#include "common/decimal.hpp"
#include "folio/folio.hpp"

namespace folio::batch {
namespace {

const char* outcome_name(Outcome o) {
  switch (o) {
    case Outcome::kRendered:
      return "rendered";
    case Outcome::kUpToDate:
      return "up to date";
    case Outcome::kFailed:
      return "failed";
    case Outcome::kNotRendered:
      break;
  }
  return "not rendered";
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string describe(const BatchReport& report) {
  std::string out;
  for (const IssueResult& r : report.issues)
    if (r.outcome == Outcome::kFailed) out += r.error.to_string() + "\n";
  if (!report.shard.whole())
    out += "shard " + std::to_string(report.shard.index) + "/" + std::to_string(report.shard.count) + ": ";
  out += plural(report.issues.size(), "issue", "issues") + ": " +
         std::to_string(report.count(Outcome::kRendered)) + " rendered, " +
         std::to_string(report.count(Outcome::kUpToDate)) + " up to date, " +
         std::to_string(report.count(Outcome::kFailed)) + " failed";
  if (report.signal != 0)
    out += ", " + std::to_string(report.count(Outcome::kNotRendered)) + " not rendered (stopped by " +
           signal_name(report.signal) + ": run again to render them)";
  out += "; " + plural(static_cast<std::size_t>(report.pages_rendered()), "page", "pages") + " in " +
         format_decimal(report.wall_seconds, 2, Zeros::Keep) + " s\n";
  return out;
}

nlohmann::ordered_json summary_json(const BatchReport& report) {
  using Json = nlohmann::ordered_json;
  Json rendered = Json::array(), skipped = Json::array(), failed = Json::array(), not_rendered = Json::array();
  Json results = Json::array();
  for (const IssueResult& r : report.issues) {
    const std::string& issue = r.issue.relative;
    switch (r.outcome) {
      case Outcome::kRendered:
        rendered.push_back(issue);
        break;
      case Outcome::kUpToDate:
        skipped.push_back(issue);
        break;
      case Outcome::kFailed:
        failed.push_back({{"issue", issue}, {"error", r.error.to_string()}});
        break;
      case Outcome::kNotRendered:
        not_rendered.push_back(issue);
        break;
    }
    Json warnings = Json::array();
    for (const Diagnostic& w : r.warnings) warnings.push_back(w.to_string());
    Json result = {{"issue", issue},         {"path", r.issue.path}, {"pdf", r.pdf_path},
                   {"outcome", outcome_name(r.outcome)}, {"pages", r.pages}, {"seconds", r.seconds},
                   {"warnings", warnings}};
    if (r.outcome == Outcome::kFailed) result["error"] = r.error.to_string();
    results.push_back(std::move(result));
  }
  return {{"shard", std::to_string(report.shard.index) + "/" + std::to_string(report.shard.count)},
          {"rendered", rendered},
          {"skipped", skipped},
          {"failed", failed},
          {"not_rendered", not_rendered},
          {"pages", report.pages_rendered()},
          {"wall_seconds", report.wall_seconds},
          {"stopped_by", report.signal ? Json(signal_name(report.signal)) : Json(nullptr)},
          {"folio", version()},
          {"output", report.out_dir},
          {"results", results}};
}

}  // namespace folio::batch
