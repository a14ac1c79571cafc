// docs/styles.md's tables of keys, generated from the schema so the docs cannot drift from what
// the loaders accept. The doc marks each generated block:
//
//   <!-- generated: paragraph-style -->
//   | key | value | default | meaning |
//   ...
//   <!-- end generated -->
//
// The id is a schema table's (style/schema_info.hpp), or "required-styles" for the styles every
// sheet must define.
#pragma once

#include <string>

namespace folio::style {

// The Markdown table of one block, ending in a newline. Throws std::out_of_range for an unknown id.
std::string generated_block(const std::string& id);

// `doc` with the text of every marked block generated afresh. Throws std::runtime_error for a
// block that is never ended.
std::string regenerate_doc(const std::string& doc);

}  // namespace folio::style
