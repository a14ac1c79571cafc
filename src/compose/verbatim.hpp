// Code block text prepared for the paragraph builder, which drops spaces at a line start and
// reads a run of spaces as one.
#pragma once

#include <string>

namespace folio::compose {

// Tabs go to the next multiple of 4 columns (CommonMark's tab stop); every space of an
// indentation, and all but the last of a run inside a line, becomes a no-break space; the last
// space of a run stays a place where a long line may wrap. Trailing spaces are dropped.
std::string verbatim(const std::string& code);

}  // namespace folio::compose
