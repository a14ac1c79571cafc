// Internal to the input stage: the Markdown body (cmark-gfm) -> Block/Inline trees.
#pragma once

#include <string>
#include <vector>

#include "input/document.hpp"
#include "input/source_locator.hpp"

namespace folio::input {

struct MarkdownBody {
  std::vector<Block> blocks;
  std::vector<Note> notes;  // notes[n - 1] has number n
};

// Parses the body with cmark-gfm and maps its tree; oddities become warnings in `diags`.
MarkdownBody parse_markdown(const std::string& body, const BodySource& source, Diagnostics& diags);

}  // namespace folio::input
