// folio's limits on what it reads and makes, declared once (docs/limits.md states each and why).
// Each is enforced where the input is read, with a file:line:col error, so no input can make
// folio crash, recurse past its stack, or use memory out of proportion to its size.
#pragma once

#include <cstddef>
#include <string>

namespace folio::limits {

// An issue file: about 1,100 pages of ordinary text.
constexpr std::size_t kIssueBytes = 4u << 20;
// A style sheet or page layout file (the shipped ones are 2-5 KB).
constexpr std::size_t kConfigBytes = 1u << 20;
// One line of an issue file (a paragraph of ~10,000 words typed without a line break).
constexpr std::size_t kLineBytes = 64u << 10;
// Lines without a blank line between them: one paragraph, list or quote. cmark holds ~170 bytes
// per markup character of a block while it parses it.
constexpr std::size_t kBlockBytes = 256u << 10;
// Quotes, lists and inline spans (emphasis, links, <u>, <sup>, <sub>) inside each other: folio
// walks these trees recursively, so the depth bounds its stack (AddressSanitizer's frames
// included).
constexpr int kNesting = 100;
// Cells of one table, the ones cmark-gfm adds to fill short rows included: a header of 3,000
// columns over 2,000 one-word lines is 16 KB of text and 6 million cells.
constexpr std::size_t kTableCells = 100000;
// Pages of one issue: every page, each line with its glyphs, is in memory when the PDF writer
// starts (about 0.37 MB a page of text; docs/limits.md, "Pages").
constexpr std::size_t kPages = 2000;

// "65,536": limits in messages read the way docs/limits.md writes them.
std::string with_commas(std::size_t n);

}  // namespace folio::limits
