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
  nlohmann::ordered_json failures = nlohmann::ordered_json::array(), issues = nlohmann::ordered_json::array();
  for (const IssueResult& r : report.issues) {
    nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
    for (const Diagnostic& w : r.warnings) warnings.push_back(w.to_string());
    nlohmann::ordered_json issue = {{"issue", r.issue.path}, {"pdf", r.pdf_path}, {"outcome", outcome_name(r.outcome)},
                            {"pages", r.pages},      {"seconds", r.seconds}, {"warnings", warnings}};
    if (r.outcome == Outcome::kFailed) {
      issue["error"] = r.error.to_string();
      failures.push_back({{"issue", r.issue.path}, {"error", r.error.to_string()}});
    }
    issues.push_back(std::move(issue));
  }
  return {{"folio", version()},
          {"output", report.out_dir},
          {"shard", {{"index", report.shard.index}, {"count", report.shard.count}}},
          {"issues", report.issues.size()},
          {"rendered", report.count(Outcome::kRendered)},
          {"up_to_date", report.count(Outcome::kUpToDate)},
          {"failed", report.count(Outcome::kFailed)},
          {"not_rendered", report.count(Outcome::kNotRendered)},
          {"pages_rendered", report.pages_rendered()},
          {"wall_seconds", report.wall_seconds},
          {"stopped_by", report.signal ? nlohmann::ordered_json(signal_name(report.signal)) : nlohmann::ordered_json(nullptr)},
          {"failures", failures},
          {"results", issues}};
}

}  // namespace folio::batch
