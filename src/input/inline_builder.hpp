// Maps the inline children of one cmark-gfm leaf block to Inline trees, pairing raw HTML tags
// (<u>, <sup>, <em>, <a href>, ...; cmark delivers each tag as a separate HTML_INLINE node).
#pragma once

#include <cmark-gfm.h>

#include <string>
#include <vector>

#include "input/document.hpp"
#include "input/source_locator.hpp"

namespace folio::input {

class InlineBuilder {
 public:
  // block_pos: the leaf block's file position; last_line: its last file line. With
  // fixed_positions every inline gets block_pos (text that was re-parsed out of an HTML block).
  // depth: the quotes and lists around the block, for limits::kNesting.
  InlineBuilder(const BodySource& source, Diagnostics& diags, SourcePos block_pos, int last_line,
                bool fixed_positions = false, int depth = 0);

  // The inlines of `container` (a paragraph, heading, or emphasis/link/... node).
  std::vector<Inline> build(cmark_node* container);

 private:
  struct OpenTag {
    InlineKind kind;
    std::string name;
    SourcePos pos;
    std::vector<Inline> children;
    std::string lang;  // a <span>'s language; "" when it has none (it is then only its text)
    std::string url;   // an <a href>'s
  };
  struct Level {  // one container's output plus the tags opened in it and not yet closed
    std::vector<Inline> out;
    std::vector<OpenTag> open;
    std::vector<Inline>& sink() { return open.empty() ? out : open.back().children; }
  };

  void convert(cmark_node* node, Level& level);
  std::vector<Inline> nested(cmark_node* node, const Level& level);  // a span's children
  void convert_html(cmark_node* node, Level& level);
  void warn_undefined_notes(cmark_node* node, const std::string& text);
  void close_tag(const std::string& name, const std::string& literal, SourcePos pos, Level& level);
  void abandon_innermost(Level& level, const std::string& reason);
  // An image (![alt](src) or <img alt>): its alt text, with a warning, until figures exist.
  void image(const std::string& alt, SourcePos pos, Level& level);
  Inline make(InlineKind kind, SourcePos pos) const;
  SourcePos node_pos(cmark_node* node);
  SourcePos exact_pos(cmark_node* node, const std::string& raw);

  const BodySource& source_;
  Diagnostics& diags_;
  SourcePos last_pos_;
  bool fixed_;
  SourceLocator locator_;
  int depth_;  // quotes, lists and spans around the container being built (not its open tags)
};

// Warns about an HTML tag folio does not know, once per tag name and file (at its first place).
void warn_unknown_tag(const BodySource& source, Diagnostics& diags, const std::string& name, const SourcePos& pos);

// Appends, merging adjacent Text inlines and skipping empty ones.
void append_inline(std::vector<Inline>& out, Inline item);

}  // namespace folio::input
