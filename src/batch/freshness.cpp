#include "batch/freshness.hpp"

namespace folio::batch {

bool up_to_date(const Record& record, const std::string& issue_path, const RenderSettings& settings,
                FileHasher& hashes) {
  if (record.issue != issue_path || record.settings != settings || !record.inputs.count(issue_path)) return false;
  for (const auto& [path, hash] : record.inputs)
    if (hashes.hash(path) != hash) return false;
  return true;
}

Record record_of(const std::string& issue_path, const RenderResult& result, const std::string& pdf_path,
                 const RenderSettings& settings, FileHasher& hashes) {
  Record r;
  r.issue = issue_path;
  r.pages = result.pages;
  r.pdf = stamp_of(pdf_path);
  r.settings = settings;
  for (const std::string& input : result.inputs) {
    const std::string path = normal_path(input);
    r.inputs[path] = hashes.hash(path);
  }
  return r;
}

}  // namespace folio::batch
