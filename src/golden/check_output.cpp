#include "golden/check_output.hpp"

#include <filesystem>

#include "golden/text_diff.hpp"

namespace folio::golden {
namespace {

std::string plural(long long n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string indent(const std::string& text, const std::string& by) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size() - 1;
    out += by + text.substr(pos, nl - pos + 1);
    pos = nl + 1;
  }
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

std::string what_differs(const CaseResult& r) {
  std::string out;
  auto add = [&](const std::string& s) { out += (out.empty() ? "" : "; ") + s; };
  if (r.expected_pages != r.actual_pages)
    add("page count " + std::to_string(r.expected_pages) + " -> " + std::to_string(r.actual_pages));
  if (!r.layout_diff.empty()) add("layout.txt differs");
  if (!r.text_diff.empty()) add("text.txt differs");
  for (const PageDiff& d : r.pages) {
    const std::string page = "page " + std::to_string(d.page);
    if (d.status == PageStatus::Missing)
      add(page + " missing (the golden has it, the render does not)");
    else if (d.status == PageStatus::Extra)
      add(page + " extra (the render has it, the golden does not)");
    else
      add(page + " changed (" + plural(d.changed_pixels, "pixel", "pixels") + ")");
  }
  return out;
}

}  // namespace

std::string describe_case(const CaseResult& r, const std::vector<std::string>& report_files) {
  if (r.matches()) return "ok    " + r.c.name + " (" + plural(r.actual_pages, "page", "pages") + ")\n";
  std::string out = "FAIL  " + r.c.name + ": " + what_differs(r) + "\n";
  if (!r.layout_diff.empty())
    out += "  first changes in layout.txt:\n" +
           indent(first_changes(r.layout_diff, kShownChanges, kShownLines), "    ");
  int actual_pages = 0;
  std::string actual_dir;
  for (const std::string& f : report_files) {
    const std::filesystem::path p(f);
    if (p.parent_path().filename() == "actual") {
      ++actual_pages;
      actual_dir = p.parent_path().string() + "/";
    } else {
      out += "  " + f + "\n";
    }
  }
  if (actual_pages > 0)
    out += "  " + actual_dir + " (" + plural(actual_pages, "page", "pages") + " as rendered)\n";
  return out;
}

std::string describe_check(const CheckRun& run) {
  std::string out;
  for (std::size_t i = 0; i < run.results.size(); ++i)
    out += describe_case(run.results[i], run.report_files[i]);
  if (!run.html_report.empty()) out += "report: " + run.html_report + "\n";
  const int failed = run.failed();
  const int total = static_cast<int>(run.results.size());
  out += failed == 0 ? "golden: all " + plural(total, "case matches", "cases match") + "\n"
                     : "golden: " + std::to_string(failed) + " of " +
                           plural(total, "case differs", "cases differ") + "\n";
  return out;
}

}  // namespace folio::golden
