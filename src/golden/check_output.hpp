// What `folio golden check` prints: a line per case, and for a failing case what moved (pages,
// the first changed lines of layout.txt) and where the report files are.
#pragma once

#include <string>

#include "golden/golden_runner.hpp"

namespace folio::golden {

// What a failing case shows of layout.txt: its first two changes (the first is often only the
// page count in the header line), each at most three lines removed and three inserted.
inline constexpr int kShownChanges = 2;
inline constexpr int kShownLines = 3;

std::string describe_case(const CaseResult& r, const std::vector<std::string>& report_files);

// Every case, the report's path, and a closing count.
std::string describe_check(const CheckRun& run);

}  // namespace folio::golden
