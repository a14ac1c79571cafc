// Internal to the input stage: the footnote definitions cmark-gfm drops without a word. It keeps
// a definition only when something refers to it (and the first of two with one label), so the
// others are found in the source: a line `[^label]: ...` that starts no kept definition.
#pragma once

#include <utility>
#include <vector>

#include "folio/diagnostic.hpp"
#include "input/source_locator.hpp"

namespace folio::input {

struct DefinitionLines {
  std::vector<int> kept;                      // file lines where the kept definitions start
  std::vector<std::pair<int, int>> verbatim;  // file line ranges of code and HTML blocks
};

// One warning per dropped definition, at its line: never referred to, or a second definition of
// a label. Lines in `verbatim` ranges are text, not definitions.
void warn_dropped_definitions(const BodySource& source, const DefinitionLines& lines, Diagnostics& diags);

}  // namespace folio::input
