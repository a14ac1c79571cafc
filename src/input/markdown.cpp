#include "input/markdown.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include <cmark-gfm-core-extensions.h>

#include "input/cmark_tree.hpp"
#include "input/footnote_check.hpp"
#include "input/figure_builder.hpp"
#include "input/html_comments.hpp"
#include "input/html_tags.hpp"
#include "input/inline_builder.hpp"
#include "input/table_builder.hpp"

namespace folio::input {
namespace {

// Makes one line of plain text parse as a paragraph: a leading "#", "-", ">", "1." ... would
// otherwise start a heading, list or quote. A backslash before ASCII punctuation is literal.
std::string as_paragraph_source(const std::string& text) {
  if (text.empty()) return text;
  if (std::ispunct(static_cast<unsigned char>(text[0]))) return "\\" + text;
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')'))
    return text.substr(0, digits) + "\\" + text.substr(digits);
  return text;
}

// cmark-gfm's task list extension misses items inside a block quote (it matches the line with
// its "> "): their text starts with the box as written, "[ ] " or "[x] ", which this takes off.
Task take_task_box(std::vector<Block>& children) {
  if (children.empty() || children[0].kind != BlockKind::Paragraph || children[0].inlines.empty()) return Task::None;
  Inline& first = children[0].inlines[0];
  if (first.kind != InlineKind::Text || first.text.size() < 4 || first.text[0] != '[' || first.text[2] != ']' ||
      first.text[3] != ' ')
    return Task::None;
  const char box = first.text[1];
  if (box != ' ' && box != 'x' && box != 'X') return Task::None;
  first.text.erase(0, 4);
  return box == ' ' ? Task::Open : Task::Done;
}

class BlockBuilder {
 public:
  BlockBuilder(const BodySource& source, Diagnostics& diags) : source_(source), diags_(diags) {}

  std::vector<Block> build(cmark_node* parent) {
    std::vector<Block> blocks;
    for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node))
      convert(node, blocks);
    attach_captions(blocks);
    return blocks;
  }

  // cmark appends the definitions it keeps to the document, in the order of their numbers.
  std::vector<Note> take_notes() { return std::move(notes_); }
  const DefinitionLines& definition_lines() const { return lines_; }

 private:
  SourcePos pos_of(cmark_node* node) const { return start_pos(node, source_); }

  // Where `[^label]:` is text rather than a definition.
  void note_verbatim(cmark_node* node) {
    lines_.verbatim.emplace_back(cmark_node_get_start_line(node) + source_.line_offset,
                                 cmark_node_get_end_line(node) + source_.line_offset);
  }

  std::vector<Inline> inlines_of(cmark_node* node, const SourcePos& pos) {
    const int last_line = cmark_node_get_end_line(node) + source_.line_offset;
    return InlineBuilder(source_, diags_, pos, last_line).build(node);
  }

  void convert(cmark_node* node, std::vector<Block>& out) {
    Block block;
    block.pos = pos_of(node);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH:
        if (is_figure_paragraph(node)) {
          block = figure_block(node, source_, diags_, block.pos, cmark_node_get_end_line(node) + source_.line_offset);
          break;
        }
        block.kind = BlockKind::Paragraph;
        block.inlines = inlines_of(node, block.pos);
        if (block.inlines.empty()) return;  // e.g. only a comment or a dropped tag
        break;
      case CMARK_NODE_HEADING:
        block.kind = BlockKind::Heading;
        block.level = cmark_node_get_heading_level(node);  // 1 to 6, each with its own style
        block.inlines = inlines_of(node, block.pos);
        break;
      case CMARK_NODE_LIST:
        block.kind = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? BlockKind::OrderedList
                                                                          : BlockKind::BulletList;
        block.start = block.kind == BlockKind::OrderedList ? cmark_node_get_list_start(node) : 1;
        block.tight = cmark_node_get_list_tight(node) != 0;
        block.children = build(node);
        break;
      case CMARK_NODE_ITEM:
        block.kind = BlockKind::ListItem;
        if (is_extension_node(node, "tasklist"))
          block.task = cmark_gfm_extensions_get_tasklist_item_checked(node) ? Task::Done : Task::Open;
        block.children = build(node);
        if (block.task == Task::None) block.task = take_task_box(block.children);
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        block.kind = BlockKind::BlockQuote;
        block.children = build(node);
        break;
      case CMARK_NODE_THEMATIC_BREAK:
        block.kind = BlockKind::ThematicBreak;
        break;
      case CMARK_NODE_FOOTNOTE_DEFINITION: {
        lines_.kept.push_back(block.pos.line);
        Note note;
        note.number = static_cast<int>(notes_.size()) + 1;
        note.pos = block.pos;  // cmark's column is its text's: the definition starts at its "[^"
        if (block.pos.line >= 1 && block.pos.line <= static_cast<int>(source_.lines.size())) {
          const std::size_t bracket = source_.lines[static_cast<std::size_t>(block.pos.line - 1)].find("[^");
          if (bracket != std::string::npos) note.pos.column = static_cast<int>(bracket) + 1;
        }
        note.blocks = build(node);
        notes_.push_back(std::move(note));
        return;
      }
      case CMARK_NODE_CODE_BLOCK: {
        note_verbatim(node);
        block.kind = BlockKind::CodeBlock;
        const char* literal = cmark_node_get_literal(node);
        block.text = literal ? literal : "";
        if (!block.text.empty() && block.text.back() == '\n') block.text.pop_back();
        const char* info = cmark_node_get_fence_info(node);
        block.info = info ? info : "";
        break;
      }
      case CMARK_NODE_HTML_BLOCK:
        note_verbatim(node);
        if (html_pre_block(node, block)) break;
        if (!html_block_paragraph(node, block)) return;
        break;
      default:  // nothing else is enabled; keep whatever it holds
        if (is_extension_node(node, "table")) {
          block.kind = BlockKind::Table;
          block.table = build_table(node, source_, diags_);
          break;
        }
        diags_.warn(block.pos, std::string("unsupported block '") + cmark_node_get_type_string(node) +
                                   "'; its content is kept");
        for (Block& child : build(node)) out.push_back(std::move(child));
        return;
    }
    out.push_back(std::move(block));
  }

  // <pre>...</pre> is a code block: its text verbatim, tags removed, entities decoded.
  bool html_pre_block(cmark_node* node, Block& block) {
    const char* literal = cmark_node_get_literal(node);
    const std::optional<std::string> code = pre_text(literal ? literal : "");
    if (!code) return false;
    block.kind = BlockKind::CodeBlock;
    block.text = *code;
    return true;
  }

  // Raw HTML blocks are not typeset as HTML, but their words must not vanish: the text with its
  // inline tags (<em>, <a href>, <img alt>, ...) becomes a paragraph, re-parsed by cmark so
  // entities are decoded, quotes made typographic and the tags paired as inline HTML.
  bool html_block_paragraph(cmark_node* node, Block& block) {
    const char* literal = cmark_node_get_literal(node);
    const std::string html = literal ? literal : "";
    // CommonMark ends a comment block only at "-->": without it, the rest of the issue is hidden.
    const size_t open = html.find("<!--");
    if (open != std::string::npos && html.find("-->", open + 2) == std::string::npos)
      throw Error(pos_in(block.pos, html, open),
                  "this comment is never closed, so it would hide the rest of the issue: end it with '-->'");
    const HtmlText content = html_text_content(html);
    for (const UnknownTag& tag : content.unknown)
      warn_unknown_tag(source_, diags_, tag.name, pos_in(block.pos, html, tag.offset));
    if (content.text.empty()) {
      // An editor's note (<!-- ... -->) is meant to vanish; other empty HTML is worth a word.
      const std::size_t start = html.find_first_not_of(" \t\n");
      if (content.unknown.empty() && (start == std::string::npos || html.compare(start, 4, "<!--") != 0))
        diags_.warn(block.pos, "raw HTML block ignored (it has no text)");
      return false;
    }
    block.kind = BlockKind::Paragraph;
    // Text that starts with a tag (<img>, <em>) would start an HTML block again: a letter and a
    // space before it make it a paragraph's text, and are taken off the first inline after.
    const bool leading_tag = content.text[0] == '<';
    NodePtr doc = parse_cmark(leading_tag ? "a " + content.text : as_paragraph_source(content.text));
    cmark_node* first = cmark_node_first_child(doc.get());
    if (first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH) {
      block.inlines = InlineBuilder(source_, diags_, block.pos, block.pos.line, true).build(first);
      if (leading_tag && !block.inlines.empty() && block.inlines[0].kind == InlineKind::Text) {
        block.inlines[0].text.erase(0, 2);
        if (block.inlines[0].text.empty()) block.inlines.erase(block.inlines.begin());
      }
      if (plain_text(block.inlines).find_first_not_of(' ') == std::string::npos) {  // only <br>s
        diags_.warn(block.pos, "raw HTML block ignored (it has no text)");
        return false;
      }
    } else {
      Inline plain;
      plain.text = content.text;
      plain.pos = block.pos;
      block.inlines.push_back(std::move(plain));
    }
    return !block.inlines.empty();
  }

  // The file position of byte `offset` of an HTML block that starts at `start`.
  static SourcePos pos_in(SourcePos start, const std::string& html, std::size_t offset) {
    const size_t line_start = html.rfind('\n', offset == 0 ? 0 : offset - 1);
    start.line += static_cast<int>(std::count(html.begin(), html.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    if (line_start == std::string::npos || offset == 0)
      start.column += static_cast<int>(offset);
    else
      start.column = static_cast<int>(offset - line_start);
    return start;
  }

  const BodySource& source_;
  Diagnostics& diags_;
  std::vector<Note> notes_;
  DefinitionLines lines_;
};

}  // namespace

MarkdownBody parse_markdown(const std::string& body, const BodySource& source, Diagnostics& diags) {
  NodePtr doc = parse_cmark(normalize_html_comments(body));
  BlockBuilder builder(source, diags);
  MarkdownBody out;
  out.blocks = builder.build(doc.get());
  out.notes = builder.take_notes();
  warn_dropped_definitions(source, builder.definition_lines(), diags);
  return out;
}

}  // namespace folio::input
