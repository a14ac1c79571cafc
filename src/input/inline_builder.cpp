#include "input/inline_builder.hpp"

#include <algorithm>
#include <map>

#include "common/limits.hpp"
#include "input/html_tags.hpp"
#include "input/language_tag.hpp"
#include "input/markdown.hpp"

namespace folio::input {
namespace {

// The tags that open and close a span, and the span each makes.
bool paired_tag(const std::string& name, InlineKind& kind) {
  static const std::map<std::string, InlineKind> kinds = {
      {"u", InlineKind::Underline},      {"sup", InlineKind::Superscript},   {"sub", InlineKind::Subscript},
      {"span", InlineKind::Language},    {"small", InlineKind::Small},       {"s", InlineKind::Strikethrough},
      {"del", InlineKind::Strikethrough}, {"strike", InlineKind::Strikethrough}, {"em", InlineKind::Emphasis},
      {"i", InlineKind::Emphasis},       {"strong", InlineKind::Strong},     {"b", InlineKind::Strong},
      {"a", InlineKind::Link},           {"code", InlineKind::Code},         {"kbd", InlineKind::Code},
      {"samp", InlineKind::Code},        {"tt", InlineKind::Code},           {"var", InlineKind::Code}};
  const auto it = kinds.find(name);
  if (it == kinds.end()) return false;
  kind = it->second;
  return true;
}

std::string literal_of(cmark_node* node) {
  const char* s = cmark_node_get_literal(node);
  return s ? s : "";
}

}  // namespace

void warn_unknown_tag(const BodySource& source, Diagnostics& diags, const std::string& name, const SourcePos& pos) {
  if (!source.warned_tags.insert(name).second) return;
  diags.warn(pos, "HTML tag <" + name + "> is not supported; it is dropped and its text kept (warned once per file)");
}

void append_inline(std::vector<Inline>& out, Inline item) {
  if (item.kind == InlineKind::Text) {
    if (item.text.empty()) return;
    if (!out.empty() && out.back().kind == InlineKind::Text) {
      out.back().text += item.text;
      return;
    }
  }
  out.push_back(std::move(item));
}

InlineBuilder::InlineBuilder(const BodySource& source, Diagnostics& diags, SourcePos block_pos, int last_line,
                             bool fixed_positions, int depth)
    : source_(source),
      diags_(diags),
      last_pos_(block_pos),
      fixed_(fixed_positions),
      locator_(source.lines, block_pos.line, block_pos.column, last_line),
      depth_(depth) {}

std::vector<Inline> InlineBuilder::build(cmark_node* container) {
  Level level;
  // Reserved, so a paragraph of a hundred thousand code spans never holds two copies while it grows.
  std::size_t children = 0;
  for (cmark_node* child = cmark_node_first_child(container); child; child = cmark_node_next(child))
    ++children;
  level.out.reserve(children);
  for (cmark_node* child = cmark_node_first_child(container); child; child = cmark_node_next(child))
    convert(child, level);
  // Tags left open at the end of their container never had a partner: keep their text.
  while (!level.open.empty()) abandon_innermost(level, " is never closed; ignored (its text is kept)");
  return std::move(level.out);
}

std::vector<Inline> InlineBuilder::nested(cmark_node* node, const Level& level) {
  const int outer = depth_;
  depth_ += 1 + static_cast<int>(level.open.size());  // the span and the tags still open around it
  std::vector<Inline> children = build(node);
  depth_ = outer;
  return children;
}

Inline InlineBuilder::make(InlineKind kind, SourcePos pos) const {
  Inline item;
  item.kind = kind;
  item.pos = std::move(pos);
  return item;
}

SourcePos InlineBuilder::node_pos(cmark_node* node) {
  const int line = cmark_node_get_start_line(node);
  // Breaks carry no position in cmark-gfm: they inherit the previous node's.
  if (!fixed_ && line > 0)
    last_pos_ = SourcePos{source_.path, line + source_.line_offset, cmark_node_get_start_column(node)};
  return last_pos_;
}

SourcePos InlineBuilder::exact_pos(cmark_node* node, const std::string& raw) {
  SourcePos pos = node_pos(node);
  if (fixed_) return pos;
  int line = 0, column = 0;
  if (locator_.find(raw, pos.line, pos.column, line, column))
    pos = last_pos_ = SourcePos{source_.path, line, column};
  return pos;
}

void InlineBuilder::convert(cmark_node* node, Level& level) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT: {
      Inline text = make(InlineKind::Text, node_pos(node));
      text.text = literal_of(node);
      warn_undefined_notes(node, text.text);
      append_inline(level.sink(), std::move(text));
      return;
    }
    case CMARK_NODE_FOOTNOTE_REFERENCE: {
      Inline ref = make(InlineKind::NoteRef, node_pos(node));
      ref.text = literal_of(node);  // cmark replaces the label with the note's number
      level.sink().push_back(std::move(ref));
      return;
    }
    case CMARK_NODE_CODE: {
      Inline code = make(InlineKind::Code, node_pos(node));
      code.text = literal_of(node);
      level.sink().push_back(std::move(code));
      return;
    }
    case CMARK_NODE_SOFTBREAK:
      level.sink().push_back(make(InlineKind::SoftBreak, node_pos(node)));
      return;
    case CMARK_NODE_LINEBREAK:
      level.sink().push_back(make(InlineKind::LineBreak, node_pos(node)));
      return;
    case CMARK_NODE_EMPH:
    case CMARK_NODE_STRONG:
    case CMARK_NODE_LINK: {
      const cmark_node_type type = cmark_node_get_type(node);
      Inline span = make(type == CMARK_NODE_EMPH     ? InlineKind::Emphasis
                         : type == CMARK_NODE_STRONG ? InlineKind::Strong
                                                     : InlineKind::Link,
                         node_pos(node));
      if (type == CMARK_NODE_LINK) span.url = cmark_node_get_url(node) ? cmark_node_get_url(node) : "";
      span.children = nested(node, level);
      level.sink().push_back(std::move(span));
      return;
    }
    case CMARK_NODE_IMAGE:
      // A figure is an image alone in its paragraph (input/figure_builder.hpp); one among text
      // would have no place to go.
      throw Error(exact_pos(node, "!["),
                  "an image must stand alone in its paragraph, as a figure: put it on a line of its own, "
                  "with a blank line before and after");
    case CMARK_NODE_HTML_INLINE:
      convert_html(node, level);
      return;
    default: {  // nothing else is enabled; keep any text rather than lose it
      if (std::string(cmark_node_get_type_string(node)) == "strikethrough") {
        Inline struck = make(InlineKind::Strikethrough, node_pos(node));
        struck.children = build(node);
        level.sink().push_back(std::move(struck));
        return;
      }
      Inline text = make(InlineKind::Text, node_pos(node));
      text.text = literal_of(node) + plain_text(nested(node, level));
      diags_.warn(text.pos, std::string("unsupported inline element '") + cmark_node_get_type_string(node) +
                                "'; its text is kept");
      append_inline(level.sink(), std::move(text));
    }
  }
}

// cmark turns a reference to a footnote that no definition names back into its text "[^label]";
// one written with a backslash, "\[^label]", was meant as text.
void InlineBuilder::warn_undefined_notes(cmark_node* node, const std::string& text) {
  for (std::size_t at = text.find("[^"); at != std::string::npos; at = text.find("[^", at + 2)) {
    const std::size_t close = text.find(']', at + 2);
    if (close == std::string::npos) return;
    const std::string raw = text.substr(at, close + 1 - at);
    if (close == at + 2 || raw.find_first_of(" \t\n[", 2) != std::string::npos) continue;
    const SourcePos pos = exact_pos(node, raw);
    const std::string_view line = pos.line >= 1 && pos.line <= static_cast<int>(source_.lines.size())
                                      ? source_.lines[static_cast<std::size_t>(pos.line - 1)]
                                      : std::string_view();
    const std::size_t column = static_cast<std::size_t>(std::max(pos.column, 1));
    if (!fixed_ && column >= 2 && column - 2 < line.size() && line[column - 2] == '\\') continue;
    diags_.warn(pos, "footnote " + raw + " is not defined; it is printed as written");
  }
}

void InlineBuilder::convert_html(cmark_node* node, Level& level) {
  const std::string literal = literal_of(node);
  const HtmlTag tag = classify_html_tag(literal);
  if (tag.type == HtmlTag::Type::Comment) return;  // an editor's note, meant to stay invisible
  const SourcePos pos = exact_pos(node, literal);
  InlineKind kind = InlineKind::Text;
  if (tag.name == "br" && tag.type != HtmlTag::Type::Close) {
    level.sink().push_back(make(InlineKind::LineBreak, pos));
    return;
  }
  if (tag.name == "img" && tag.type != HtmlTag::Type::Close) {
    image(tag.alt, pos, level);
    return;
  }
  if (!paired_tag(tag.name, kind)) {
    if (!tag.name.empty() && !is_container_tag(tag.name))
      warn_unknown_tag(source_, diags_, tag.name, pos);
    else if (tag.name.empty())
      diags_.warn(pos, "raw HTML " + literal + " dropped");
    return;
  }
  if (tag.type == HtmlTag::Type::SelfClosing) {
    diags_.warn(pos, literal + " encloses nothing; ignored");
  } else if (tag.type == HtmlTag::Type::Close) {
    close_tag(tag.name, literal, pos, level);
  } else if (kind == InlineKind::Language) {
    // A <span> means something only through its language: text in German hyphenates as German.
    if (!is_language_tag(tag.lang))
      diags_.warn(pos, tag.lang.empty() ? literal + " has no lang attribute; ignored (its text is kept)"
                                        : "'" + tag.lang + "' in " + literal +
                                              " is not a language tag such as 'de' or 'zh-Hans'; ignored (its text is kept)");
    else if (!tag.only_lang)
      diags_.warn(pos, "the attributes of " + literal + " other than lang are ignored");
    level.open.push_back(OpenTag{kind, tag.name, pos, {}, is_language_tag(tag.lang) ? tag.lang : "", ""});
  } else if (kind == InlineKind::Link) {
    if (tag.href.empty()) diags_.warn(pos, literal + " has no href; its text is set as plain text");
    level.open.push_back(OpenTag{kind, tag.name, pos, {}, "", tag.href});
  } else {
    if (depth_ + static_cast<int>(level.open.size()) >= limits::kNesting)
      throw Error(pos, too_deep_message());
    if (tag.has_attributes) diags_.warn(pos, "the attributes of " + literal + " are ignored");
    level.open.push_back(OpenTag{kind, tag.name, pos, {}, "", ""});
  }
}

void InlineBuilder::close_tag(const std::string& name, const std::string& literal, SourcePos pos,
                              Level& level) {
  size_t match = level.open.size();
  while (match > 0 && level.open[match - 1].name != name) --match;
  if (match == 0) {
    diags_.warn(pos, literal + " has no matching <" + name + ">; ignored");
    return;
  }
  // Tags opened inside the one being closed and still open were never closed themselves.
  while (level.open.size() > match)
    abandon_innermost(level, " is not closed before " + literal + "; ignored (its text is kept)");
  OpenTag open = std::move(level.open.back());
  level.open.pop_back();
  if ((open.kind == InlineKind::Language && open.lang.empty()) ||  // an ignored <span>: only its text
      (open.kind == InlineKind::Link && open.url.empty())) {
    for (Inline& child : open.children) append_inline(level.sink(), std::move(child));
    return;
  }
  Inline span = make(open.kind, open.pos);
  if (open.kind == InlineKind::Code) {  // <code>, <kbd>: their text, set as inline code
    span.text = plain_text(open.children);
    level.sink().push_back(std::move(span));
    return;
  }
  span.url = std::move(open.url);
  span.lang = std::move(open.lang);
  span.children = std::move(open.children);
  level.sink().push_back(std::move(span));
}

void InlineBuilder::image(const std::string& alt, SourcePos pos, Level& level) {
  Inline text = make(InlineKind::Text, pos);
  text.text = alt;
  // An <img> among text has no place as a figure (a figure is `![alt](src)` alone in its paragraph).
  diags_.warn(pos, alt.empty() ? "an HTML <img> is not set (a figure is ![alt](src) alone in its paragraph); it has "
                                 "no alt text, so nothing is kept"
                               : "an HTML <img> is not set (a figure is ![alt](src) alone in its paragraph); its alt "
                                 "text '" + alt + "' is kept as text");
  append_inline(level.sink(), std::move(text));
}

void InlineBuilder::abandon_innermost(Level& level, const std::string& reason) {
  OpenTag open = std::move(level.open.back());
  level.open.pop_back();
  diags_.warn(open.pos, "<" + open.name + ">" + reason);
  for (Inline& child : open.children) append_inline(level.sink(), std::move(child));
}

}  // namespace folio::input
