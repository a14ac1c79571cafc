#include "input/figure_builder.hpp"

#include <string>

#include "common/ascii.hpp"
#include "common/suggest.hpp"
#include "input/inline_builder.hpp"

namespace folio::input {
namespace {

// The classes a figure's attribute block may hold.
const std::vector<std::string> kClasses = {".wide", ".column"};

// The text of the nodes after the image: only text (an attribute block, spaces) may follow.
bool text_after(cmark_node* image, std::string& out) {
  for (cmark_node* n = cmark_node_next(image); n; n = cmark_node_next(n)) {
    const cmark_node_type type = cmark_node_get_type(n);
    if (type == CMARK_NODE_SOFTBREAK) {
      out += ' ';
    } else if (type == CMARK_NODE_TEXT) {
      const char* literal = cmark_node_get_literal(n);
      out += literal ? literal : "";
    } else {
      return false;
    }
  }
  return true;
}

bool is_attribute_block(const std::string& text) {
  const std::string t = trim(text);
  return t.empty() || (t.front() == '{' && t.back() == '}' && t.find_first_of("{}", 1) == t.size() - 1);
}

// `{.wide}`, `{ .column }`: classes only. Throws at `at` (the "{") for anything else.
void read_attributes(const std::string& text, const SourcePos& at, Block& figure) {
  const std::string t = trim(text);
  if (t.empty()) return;
  const std::string inside = t.substr(1, t.size() - 2);
  std::size_t i = 0;
  while (i < inside.size()) {
    if (is_ascii_space(inside[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < inside.size() && !is_ascii_space(inside[end])) ++end;
    const std::string word = inside.substr(i, end - i);
    const std::string name = word[0] == '.' ? word.substr(1) : word;
    if (word[0] != '.' || (name != "wide" && name != "column"))
      throw Error(at, "unknown figure attribute '" + word + "'" + did_you_mean(word, kClasses) +
                          ": a figure takes {.wide} (across the columns) or {.column} (the default)");
    figure.wide = name == "wide";
    i = end;
  }
}

}  // namespace

bool is_figure_paragraph(cmark_node* paragraph) {
  cmark_node* first = cmark_node_first_child(paragraph);
  std::string after;
  return first && cmark_node_get_type(first) == CMARK_NODE_IMAGE && text_after(first, after) &&
         is_attribute_block(after);
}

Block figure_block(cmark_node* paragraph, const BodySource& source, Diagnostics& diags, const SourcePos& pos,
                   int last_line) {
  cmark_node* image = cmark_node_first_child(paragraph);
  Block figure;
  figure.kind = BlockKind::Figure;
  figure.pos = pos;
  const char* url = cmark_node_get_url(image);
  figure.image = url ? url : "";
  figure.inlines = InlineBuilder(source, diags, pos, last_line).build(image);
  figure.alt = plain_text(figure.inlines);
  std::string after;
  text_after(image, after);
  if (!trim(after).empty()) {
    // The attribute block's "{", found in the source after the image.
    SourcePos at = pos;
    SourceLocator locator(source.lines, pos.line, pos.column, last_line);
    locator.find("](", pos.line, pos.column, at.line, at.column);
    locator.find("{", at.line, at.column, at.line, at.column);
    read_attributes(after, at, figure);
  }
  if (trim(figure.alt).empty())
    diags.warn(pos, "the figure has no alt text: write what it shows between the brackets, ![like this](" +
                        figure.image + "), for readers who cannot see it");
  return figure;
}

void attach_captions(std::vector<Block>& blocks) {
  // One pass that moves the blocks it keeps forward: erasing each caption where it stands would
  // shift the rest every time (thousands of figures in one issue took quadratic time).
  std::size_t kept = 0;
  bool captioned = false;  // the last block kept is a figure that has taken its caption
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& next = blocks[i];
    if (kept > 0 && !captioned && blocks[kept - 1].kind == BlockKind::Figure && next.kind == BlockKind::Paragraph &&
        next.inlines.size() == 1 && next.inlines[0].kind == InlineKind::Emphasis) {
      blocks[kept - 1].inlines = std::move(next.inlines[0].children);
      captioned = true;
      continue;
    }
    if (kept != i) blocks[kept] = std::move(next);
    ++kept;
    captioned = false;
  }
  blocks.resize(kept);
}

void CaptionJoiner::add(std::vector<Block> part) {
  if (!waiting_.empty()) {
    part.insert(part.begin(), std::make_move_iterator(waiting_.begin()), std::make_move_iterator(waiting_.end()));
    waiting_.clear();
  }
  // A figure that ends the part cannot have its caption in it: it waits for the next part.
  if (!part.empty() && part.back().kind == BlockKind::Figure) {
    waiting_.push_back(std::move(part.back()));
    part.pop_back();
  }
  attach_captions(part);
  if (!part.empty()) take_(part);
}

void CaptionJoiner::finish() {
  if (!waiting_.empty()) take_(waiting_);
  waiting_.clear();
}

}  // namespace folio::input
