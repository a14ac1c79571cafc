// ASCII helpers for keys, tags and template expressions (never for text a reader sees: that is
// Unicode, see common/case_mapping.hpp).
#pragma once

#include <string>
#include <string_view>

namespace folio {

// Whitespace as HTML and YAML count it: space, tab, line feed, form feed, carriage return.
inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// `s` without leading and trailing whitespace.
std::string trim(std::string_view s);

// A-Z to a-z; every other byte is kept.
std::string ascii_lower(std::string s);

}  // namespace folio
