// Reading an issue file: front matter and Markdown into a Document.
#pragma once

#include <cstddef>
#include <string>

#include "folio/diagnostic.hpp"
#include "input/document.hpp"
#include "input/markdown.hpp"

namespace folio::input {

// The longest body kept parsed whole (about 280 pages of prose): reading a longer one again a part
// at a time where it is wanted costs two more parses, a few per cent of its render, and keeps
// its memory from growing with its length.
constexpr std::size_t kKeptBodyBytes = 1024 * 1024;

// Parses front matter (YAML between "---" lines) and CommonMark. Throws folio::Error with the
// file, line and column for anything that cannot be typeset (no front matter, a missing
// required key, a YAML syntax error). Recoverable oddities (unknown
// raw HTML, an unpaired </u>, a heading deeper than 3, which becomes level 3) become
// warnings in `diags`, and their text is kept.
// A body of `parts_from` bytes or more is not kept parsed: it is read again a part at a time
// where it is wanted (Document::parts), so a long issue's blocks never all exist at once. Parts
// are about `part_bytes` long (markdown.hpp, kPartBytes).
Document parse_issue(const std::string& source, const std::string& path, Diagnostics& diags,
                     std::size_t parts_from = kKeptBodyBytes, std::size_t part_bytes = kPartBytes);

// Reads the file, then parse_issue. Throws folio::Error when it cannot be read.
Document load_issue(const std::string& path, Diagnostics& diags);

}  // namespace folio::input
