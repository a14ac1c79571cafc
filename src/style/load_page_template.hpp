// Reading a page layout file (layout/*.yaml) into a PageTemplate.
#pragma once

#include <string>

#include "style/page_template.hpp"

namespace folio::style {

// Loads and validates a page layout against the schema (style/layout_schema.cpp); the body must
// have room on the page. Errors throw folio::Error with the YAML file's line and column.
PageTemplate load_page_template(const std::string& path);
// The same for the text of a file at `path` already in memory.
PageTemplate parse_page_template(const std::string& text, const std::string& path);

}  // namespace folio::style
