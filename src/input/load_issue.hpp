// Reading an issue file: front matter and Markdown into a Document.
#pragma once

#include <string>

#include "folio/diagnostic.hpp"
#include "input/document.hpp"

namespace folio::input {

// Parses front matter (YAML between "---" lines) and CommonMark. Throws folio::Error with the
// file, line and column for anything that cannot be typeset (no front matter, a missing
// required key, a YAML syntax error). Recoverable oddities (unknown
// raw HTML, an unpaired </u>, a heading deeper than 3, which becomes level 3) become
// warnings in `diags`, and their text is kept.
Document parse_issue(const std::string& source, const std::string& path, Diagnostics& diags);

// Reads the file, then parse_issue. Throws folio::Error when it cannot be read.
Document load_issue(const std::string& path, Diagnostics& diags);

}  // namespace folio::input
