// Where each resolved value of a style sheet or page layout came from, so that `folio styles list`
// can show it and errors found after loading (a font family the bundled fonts lack) can point at
// the file, line and column.
#pragma once

#include <map>
#include <string>

#include "folio/diagnostic.hpp"

namespace folio::style {

struct ValueOrigin {
  SourcePos pos;        // the value as written in the file
  std::string style;    // the style that set it: the style itself or one up its based-on chain
                        // ("" in layouts and top-level settings)
  std::string text;     // the value as written: "1em", "serif", "[smcp, onum]"
  std::string token;    // the colour or font token the value names ("" when a literal)
  SourcePos token_pos;  // where that token is defined (the family or colour is spelt there)
};

// By property name: "size", "family"; nested keys joined with dots: "breaking.tolerance",
// "margins.top", "footer.rule.color". A property missing here was not written in the file: it
// has the engine's default (in a character style: it is not set).
using Origins = std::map<std::string, ValueOrigin>;

// Token name -> where it is defined (`colors:` or `fonts:` entries).
using TokenPositions = std::map<std::string, SourcePos>;

}  // namespace folio::style
