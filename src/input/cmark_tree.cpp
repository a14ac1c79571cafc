#include "input/cmark_tree.hpp"

#include <cmark-gfm-core-extensions.h>

#include <cstring>
#include <mutex>

namespace folio::input {
namespace {

struct ParserFree {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

// The extensions' registry is a process-wide list that cmark fills without a lock: batch renders
// parse on several threads, so it is filled once, before the first parse.
cmark_syntax_extension* table_extension() {
  static std::once_flag once;
  static cmark_syntax_extension* table = nullptr;
  std::call_once(once, [] {
    cmark_gfm_core_extensions_ensure_registered();
    table = cmark_find_syntax_extension("table");
  });
  return table;
}

}  // namespace

NodePtr parse_cmark(const std::string& markdown) {
  cmark_syntax_extension* table = table_extension();
  std::unique_ptr<cmark_parser, ParserFree> parser(cmark_parser_new(kCmarkOptions));
  if (table) cmark_parser_attach_syntax_extension(parser.get(), table);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  return NodePtr(cmark_parser_finish(parser.get()));
}

bool is_extension_node(cmark_node* node, const char* name) {
  return cmark_node_get_syntax_extension(node) != nullptr &&
         std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

SourcePos start_pos(cmark_node* node, const BodySource& source) {
  return SourcePos{source.path, cmark_node_get_start_line(node) + source.line_offset,
                   cmark_node_get_start_column(node)};
}

}  // namespace folio::input
