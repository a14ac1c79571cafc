// Characters no font can draw: each is drawn as the font's .notdef box, and reported once per
// issue, where it first occurs, with its code point and Unicode name, so that nothing goes
// missing silently:
//   issue.md:12:7: warning: no font has U+11013 BRAHMI LETTER KA ('𑀓'): it is drawn as an empty box
#pragma once

#include <vector>

#include "folio/diagnostic.hpp"
#include "font/font_db.hpp"
#include "input/document.hpp"

namespace folio::compose {

// In the order of first occurrence: the text of every block (headings, paragraphs, lists,
// quotes, code) and the front matter's publication and issue. Positions come from the issue
// file (doc.path) when it can be read: the first line and column (in bytes, as every folio
// position) where the character is written; else from the text it is in.
std::vector<Diagnostic> uncovered_characters(const input::Document& doc, const font::FontDb& fonts);

}  // namespace folio::compose
