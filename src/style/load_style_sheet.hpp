// Reading a style sheet file (styles/*.yaml) into a StyleSheet.
#pragma once

#include <string>

#include "style/style_sheet.hpp"

namespace folio::style {

// Loads and validates a style sheet against the schema (style/sheet_schema.cpp). Every style in
// kRequiredParagraphStyles and kRequiredCharStyles must end up defined. Errors throw
// folio::Error with the YAML file's line and column.
StyleSheet load_style_sheet(const std::string& path);
// The same for the text of a file at `path` already in memory.
StyleSheet parse_style_sheet(const std::string& text, const std::string& path);

}  // namespace folio::style
