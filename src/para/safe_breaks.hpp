// Where code and URLs may break at a line end without an added hyphen, so that what a reader
// copies or types from print is what was written.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace folio::para {

struct SafeBreak {
  std::size_t at = 0;        // byte offset: the break falls before this character
  bool last_resort = false;  // a camelCase hump: only when nothing better is near
};

// The safe points strictly inside [start, end) of `text`, in order: after `/` (not inside `//`),
// before `.`, `?`, `&`, `#`, `=`, `_` and `::`, after a `-` the text has, and between a lower-case
// letter and an upper-case one (a hump, as a last resort). None next to the ends, none inside a
// run of the same punctuation.
std::vector<SafeBreak> safe_breaks(std::string_view text, std::size_t start, std::size_t end);

}  // namespace folio::para
