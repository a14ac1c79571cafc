// Splits text into runs of one script and one bidi level (ICU), so that each run can get a
// font that covers it and be shaped in its own direction.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/bidi.hpp"

namespace folio::text {

struct TextItem {
  std::size_t start = 0;  // byte offsets into the itemized text
  std::size_t end = 0;
  std::string script;  // ISO 15924 code, e.g. "Latn", "Hani", "Arab"; common/inherited
                       // characters join the run around them
  int bidi_level = 0;  // even: left-to-right
};

// Items in logical order, covering the whole text. base_rtl: the paragraph direction.
std::vector<TextItem> itemize(std::string_view utf8, bool base_rtl = false);
// The same with the levels of `bidi`, the paragraph of `utf8` (whose direction it may have found).
std::vector<TextItem> itemize(std::string_view utf8, const BidiParagraph& bidi);

}  // namespace folio::text
