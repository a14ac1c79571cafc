#include "input/markdown.hpp"

#include <algorithm>
#include <cctype>

#include "input/cmark_tree.hpp"
#include "input/footnote_check.hpp"
#include "input/figure_builder.hpp"
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
        block.level = cmark_node_get_heading_level(node);
        if (block.level > 3) {
          diags_.warn(block.pos,
                      "heading level " + std::to_string(block.level) + " is deeper than 3; set as level 3");
          block.level = 3;
        }
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
        block.children = build(node);
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
        break;
      }
      case CMARK_NODE_HTML_BLOCK:
        note_verbatim(node);
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

  // Raw HTML blocks are not typeset, but their words must not vanish: the text content becomes a
  // paragraph, re-parsed by cmark so entities are decoded and quotes made typographic.
  bool html_block_paragraph(cmark_node* node, Block& block) {
    const char* literal = cmark_node_get_literal(node);
    const std::string html = literal ? literal : "";
    // CommonMark ends a comment block only at "-->": without it, the rest of the issue is hidden.
    const size_t open = html.find("<!--");
    if (open != std::string::npos && html.find("-->", open + 2) == std::string::npos) {
      SourcePos at = block.pos;
      const size_t line_start = html.rfind('\n', open);
      at.line += static_cast<int>(std::count(html.begin(), html.begin() + open, '\n'));
      at.column += static_cast<int>(line_start == std::string::npos ? open : open - line_start - 1);
      throw Error(at,
                  "this comment is never closed, so it would hide the rest of the issue: end it with '-->'");
    }
    const std::string text = html_text_content(html);
    if (text.empty()) {
      // An editor's note (<!-- ... -->) is meant to vanish; other empty HTML is worth a word.
      const std::size_t start = html.find_first_not_of(" \t\n");
      if (start == std::string::npos || html.compare(start, 4, "<!--") != 0)
        diags_.warn(block.pos, "raw HTML block ignored (it has no text)");
      return false;
    }
    diags_.warn(block.pos, "raw HTML blocks are not supported; their text is kept as a paragraph");
    block.kind = BlockKind::Paragraph;
    NodePtr doc = parse_cmark(as_paragraph_source(text));
    cmark_node* first = cmark_node_first_child(doc.get());
    if (first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH) {
      block.inlines = InlineBuilder(source_, diags_, block.pos, block.pos.line, true).build(first);
    } else {
      Inline plain;
      plain.text = text;
      plain.pos = block.pos;
      block.inlines.push_back(std::move(plain));
    }
    return !block.inlines.empty();
  }

  const BodySource& source_;
  Diagnostics& diags_;
  std::vector<Note> notes_;
  DefinitionLines lines_;
};

}  // namespace

MarkdownBody parse_markdown(const std::string& body, const BodySource& source, Diagnostics& diags) {
  NodePtr doc = parse_cmark(body);
  BlockBuilder builder(source, diags);
  MarkdownBody out;
  out.blocks = builder.build(doc.get());
  out.notes = builder.take_notes();
  warn_dropped_definitions(source, builder.definition_lines(), diags);
  return out;
}

}  // namespace folio::input
