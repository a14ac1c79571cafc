// Internal to the input stage: the Markdown body (cmark-gfm) -> Block/Inline trees.
#pragma once

#include <cmark-gfm.h>

#include <string>
#include <vector>

#include "input/document.hpp"
#include "input/source_locator.hpp"

namespace folio::input {

// Typographic quotes and dashes; invalid UTF-8 becomes U+FFFD so later stages can trust the text.
constexpr int kCmarkOptions = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8;

// Parses the body with cmark-gfm and maps its tree; oddities become warnings in `diags`.
std::vector<Block> parse_markdown(const std::string& body, const BodySource& source, Diagnostics& diags);

}  // namespace folio::input
