#include "input/cmark_tree.hpp"

#include <cmark-gfm-core-extensions.h>

#include <cstring>
#include <mutex>
#include <vector>

namespace folio::input {
namespace {

struct ParserFree {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

// The GFM extensions folio sets: tables, ~~strikethrough~~, task list items `- [x]`, and
// autolinks (www.example.com, https://... without <>).
constexpr const char* kExtensions[] = {"table", "strikethrough", "tasklist", "autolink"};

// The extensions' registry is a process-wide list that cmark fills without a lock: batch renders
// parse on several threads, so it is filled once, before the first parse.
const std::vector<cmark_syntax_extension*>& extensions() {
  static std::once_flag once;
  static std::vector<cmark_syntax_extension*> found;
  std::call_once(once, [] {
    cmark_gfm_core_extensions_ensure_registered();
    for (const char* name : kExtensions)
      if (cmark_syntax_extension* e = cmark_find_syntax_extension(name)) found.push_back(e);
  });
  return found;
}

}  // namespace

NodePtr parse_cmark(std::string_view markdown) {
  std::unique_ptr<cmark_parser, ParserFree> parser(cmark_parser_new(kCmarkOptions));
  for (cmark_syntax_extension* e : extensions()) cmark_parser_attach_syntax_extension(parser.get(), e);
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
