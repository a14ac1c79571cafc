// Internal to the input stage: cmark-gfm set up the way folio reads Markdown (smart punctuation,
// footnotes, the GFM table extension), the tree it returns, and node positions in the file.
#pragma once

#include <cmark-gfm.h>

#include <memory>
#include <string>
#include <string_view>

#include "folio/diagnostic.hpp"
#include "input/source_locator.hpp"

namespace folio::input {

// Typographic quotes and dashes; invalid UTF-8 becomes U+FFFD so later stages can trust the text;
// footnotes `[^label]` (cmark numbers them in the order of their first reference).
constexpr int kCmarkOptions = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES;

struct NodeFree {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeFree>;

// The document tree of `markdown`, GFM tables included.
NodePtr parse_cmark(std::string_view markdown);

// Whether `node` is of the extension type named `name` ("table", "table_row", "table_cell"): the
// extension's node types have no constant in cmark-gfm's public headers, only their names.
bool is_extension_node(cmark_node* node, const char* name);

// Where `node` starts in the issue file.
SourcePos start_pos(cmark_node* node, const BodySource& source);

}  // namespace folio::input
