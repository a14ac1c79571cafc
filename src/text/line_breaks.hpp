// Line break opportunities (Unicode UAX #14) from ICU, as UTF-8 byte offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio::text {

struct BreakOpportunity {
  std::size_t offset = 0;  // a line may start at this byte offset
  bool hard = false;       // a mandatory break (after a newline / U+2028)
};

// Every opportunity after position 0, in order; the text's end is always the last one.
// `locale` such as "en" or "en_US".
std::vector<BreakOpportunity> line_break_opportunities(std::string_view utf8, const std::string& locale);

}  // namespace folio::text
