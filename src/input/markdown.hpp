// Internal to the input stage: the Markdown body (cmark-gfm) -> Block/Inline trees.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "input/document.hpp"
#include "input/source_locator.hpp"

namespace folio::input {

struct MarkdownBody {
  std::vector<Block> blocks;
  std::vector<Note> notes;  // notes[n - 1] has number n
};

// cmark-gfm parses the body in parts of about this size, cut where the result is the same as
// parsing it whole (markdown_parts.hpp), so its memory is that of one part at a time.
constexpr std::size_t kPartBytes = 64 * 1024;

// Parses the body with cmark-gfm and maps its tree; oddities become warnings in `diags`. Throws
// folio::Error for a block or a nesting past docs/limits.md.
MarkdownBody parse_markdown(const std::string& body, BodySource source, Diagnostics& diags,
                            std::size_t part_bytes = kPartBytes);

// "quotes, lists and inline spans nest more than 100 levels deep here, ...".
std::string too_deep_message();

}  // namespace folio::input
