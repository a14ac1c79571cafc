// Punctuation compression in CJK text: two full-width punctuation marks side by side ("”），",
// "。“") would leave an em of blank between them, so one of them is set half-width (its OpenType
// `halt` form), as JIS X 4051 and Chinese practice do: the first when it closes (its blank is on
// the right), else the second when it opens (its blank is on the left).
#pragma once

#include <string>
#include <string_view>

namespace folio::text {

// HarfBuzz feature ranges over `utf8` (byte offsets, as the shaper's clusters are) that compress
// its adjacent full-width punctuation: "halt[3:6],halt[9:12]"; "" when there is none.
std::string punctuation_compression(std::string_view utf8);

}  // namespace folio::text
