// What `folio golden check` leaves for a reviewer when cases differ:
//
//   <report>/report.html                      every failing case, expected | actual | diff per page
//   <report>/<case>/layout.diff, text.diff    unified diffs (golden -> actual)
//   <report>/<case>/actual/page-NNN.png       every page of the new render
//   <report>/<case>/expected/page-NNN.png     the golden of each failing page
//   <report>/<case>/diff/page-NNN.png         changed pixels in red over the faded golden
#pragma once

#include <string>
#include <vector>

#include "golden/case_check.hpp"

namespace folio::golden {

// Removes what an earlier check wrote for these cases and the HTML report, so a report folder
// never shows a failure that is gone. Touches nothing else in `report_dir`.
void clear_report(const std::string& report_dir, const std::vector<Case>& cases);

// Writes the case's folder (above); returns the paths written, diffs first.
std::vector<std::string> write_case_report(const std::string& report_dir, const CaseResult& r);

// Writes <report>/report.html for the failing cases; returns its path.
std::string write_html_report(const std::string& report_dir, const std::vector<const CaseResult*>& failing);

// The HTML itself, with image paths relative to the report folder.
std::string html_report(const std::vector<const CaseResult*>& failing);

}  // namespace folio::golden
