// HTML comments as CommonMark 0.31.2 defines them, for a cmark-gfm that follows 0.29.
#pragma once

#include <string>

namespace folio::input {

// CommonMark 0.31.2 made `<!-->`, `<!--->` and comments holding `--` (or ending in `-`) valid
// comments; cmark-gfm 0.29 prints them as text, so an editor's note would leak into print.
// Rewrites each such comment outside code (fenced blocks and code spans) into one 0.29 reads
// as a comment: the dashes inside become spaces (the same length, so columns hold), `<!-->`
// and `<!--->` become `<!---->`. Line ends are kept, so every line keeps its number.
std::string normalize_html_comments(const std::string& markdown);

}  // namespace folio::input
