#include "input/markdown.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include <cmark-gfm-core-extensions.h>


#include "common/free_memory.hpp"
#include "common/limits.hpp"
#include "input/cmark_tree.hpp"
#include "input/footnote_check.hpp"
#include "input/figure_builder.hpp"
#include "input/html_comments.hpp"
#include "input/html_tags.hpp"
#include "input/inline_builder.hpp"
#include "input/markdown_parts.hpp"
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

// Quotes, lists and inline spans: the nodes folio's own tree nests (a list item is one level with
// its list; paragraphs and headings hold inlines without adding one).
bool nests(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_DOCUMENT:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
      return false;
    default:
      return true;
  }
}

// The tree is converted recursively, here and in every later stage: bound its depth first, with
// cmark's own iterator (which does not recurse), so no input can overflow the stack.
void check_nesting(cmark_node* root, const BodySource& source, const SourcePos* fixed = nullptr) {
  std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> it(cmark_iter_new(root), cmark_iter_free);
  int depth = 0;
  for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(it.get());
    if (!nests(node) || cmark_node_first_child(node) == nullptr) continue;
    if (ev == CMARK_EVENT_EXIT) {
      --depth;
    } else if (++depth > limits::kNesting) {
      throw Error(fixed ? *fixed
                        : SourcePos{source.path, cmark_node_get_start_line(node) + source.line_offset,
                                    cmark_node_get_start_column(node)},
                  too_deep_message());
    }
  }
}

// A part of the body may end only where no block goes on past the blank line before the next
// part: not inside a fenced code block or an HTML block (an indented code block or a closed
// fence are refused too; the part then grows).
bool ends_closed(cmark_node* doc) {
  cmark_node* last = cmark_node_last_child(doc);
  if (!last) return true;
  const cmark_node_type type = cmark_node_get_type(last);
  return type != CMARK_NODE_CODE_BLOCK && type != CMARK_NODE_HTML_BLOCK;
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

  // The blocks of `parent`'s children; `captions`: with each figure's caption moved into it.
  std::vector<Block> build(cmark_node* parent, bool captions = true) {
    std::vector<Block> blocks;
    for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node))
      convert(node, blocks);
    if (captions) attach_captions(blocks);
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
    return InlineBuilder(source_, diags_, pos, last_line, false, depth_).build(node);
  }

  std::vector<Block> nested(cmark_node* node) {  // the children of a quote or list, one level down
    ++depth_;
    std::vector<Block> children = build(node);
    --depth_;
    return children;
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
        block.children = nested(node);
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
        block.children = nested(node);
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
    check_nesting(doc.get(), source_, &block.pos);
    cmark_node* first = cmark_node_first_child(doc.get());
    if (first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH) {
      block.inlines = InlineBuilder(source_, diags_, block.pos, block.pos.line, true, depth_).build(first);
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
  int depth_ = 0;  // quotes and lists around the node being converted
  std::vector<Note> notes_;
  DefinitionLines lines_;
};

}  // namespace

std::string too_deep_message() {
  return "quotes, lists and inline spans nest more than " + std::to_string(limits::kNesting) +
         " levels deep here, folio's limit (docs/limits.md)";
}

MarkdownBody parse_markdown(std::string_view markdown, BodySource& source, Diagnostics& diags,
                            std::size_t part_bytes, const PartTaker& take) {
  MarkdownBody out;
  // Comments CommonMark 0.31.2 allows, made ones cmark-gfm reads (line ends kept, so lines hold).
  // Without a comment there is nothing to rewrite: the body is not copied.
  out.body = markdown;
  if (markdown.find("<!--") != std::string_view::npos) {
    out.rewritten = std::make_shared<const std::string>(normalize_html_comments(std::string(markdown)));
    out.body = *out.rewritten;
  }
  const std::string_view body = out.body;
  check_block_sizes(body, source);
  check_table_sizes(body, source);
  const int body_offset = source.line_offset;
  const std::vector<std::size_t> starts = part_starts(body);
  out.taken = take && !starts.empty();
  CaptionJoiner joiner([&](std::vector<Block>& blocks) {
    if (out.taken) return take(blocks);
    for (Block& b : blocks) out.blocks.push_back(std::move(b));
  });
  BlockBuilder builder(source, diags);  // reads `source`, whose line offset follows the parts
  std::size_t begin = 0, want = part_bytes;
  std::size_t counted = 0;  // body lines before `counted` are in source.line_offset
  do {
    // The part ends at the first place a part may start `want` bytes on; if a block goes on past
    // it, the part is parsed again twice as long (so the whole body is parsed at most ~3 times).
    const auto next = std::lower_bound(starts.begin(), starts.end(), begin + std::max<std::size_t>(want, 1));
    const std::size_t end = next == starts.end() ? body.size() : *next;
    const std::string_view part = std::string_view(body).substr(begin, end - begin);
    {
      NodePtr doc = parse_cmark(part);
      if (end < body.size() && !ends_closed(doc.get())) {
        want = want > body.size() ? body.size() : 2 * want;
        continue;
      }
      source.line_offset += static_cast<int>(std::count(body.begin() + counted, body.begin() + begin, '\n'));
      counted = begin;
      check_nesting(doc.get(), source);
      out.parts.push_back(PartRange{begin, end, source.line_offset - body_offset});
      // Captions are attached as the parts come: a figure may end one part and its caption begin
      // the next.
      joiner.add(builder.build(doc.get(), false));
    }
    // cmark makes a node per delimiter before it merges text nodes: ~170 bytes per "[" or "<".
    // Those small blocks are free again now; hand their pages back, or they stay in the process's
    // footprint on top of everything the later stages need (docs/limits.md).
    return_free_memory();
    begin = end;
    want = part_bytes;
  } while (begin < body.size());
  joiner.finish();
  // Footnote definitions ("]:") keep the body whole (markdown_parts.hpp): one part, one numbering.
  out.notes = builder.take_notes();
  source.line_offset = body_offset;
  warn_dropped_definitions(source, builder.definition_lines(), diags);
  return out;
}

std::vector<Block> parse_part(std::string_view part, const BodySource& source, Diagnostics& diags) {
  NodePtr doc = parse_cmark(part);
  BlockBuilder builder(source, diags);
  return builder.build(doc.get(), false);
}

}  // namespace folio::input
