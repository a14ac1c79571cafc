// Figures: a paragraph that holds an image and nothing else, optionally followed by attributes in
// braces (`{.wide}`); and the caption convention, an emphasised paragraph right after a figure
// (`*The caption.*`), which then captions it instead of the alt text (docs/format.md).
#pragma once

#include <cmark-gfm.h>

#include <functional>
#include <vector>

#include "input/document.hpp"
#include "input/source_locator.hpp"

namespace folio::input {

// True when `paragraph` is an image alone, with or without an attribute block after it.
bool is_figure_paragraph(cmark_node* paragraph);

// The Figure block of such a paragraph, at `pos` (where "![" is). Throws folio::Error at the
// attribute block for an unknown attribute.
Block figure_block(cmark_node* paragraph, const BodySource& source, Diagnostics& diags, const SourcePos& pos,
                   int last_line);

// Moves the caption paragraph that follows a figure into it (`blocks` are one container's).
void attach_captions(std::vector<Block>& blocks);

// attach_captions across the parts of a body read a part at a time: a figure that ends a part
// waits for the next part, whose first block may be its caption. Blocks reach `take` as
// attach_captions on the whole body leaves them.
class CaptionJoiner {
 public:
  explicit CaptionJoiner(std::function<void(std::vector<Block>& blocks)> take) : take_(std::move(take)) {}
  void add(std::vector<Block> part);
  void finish();  // the block still waiting, if any

 private:
  std::function<void(std::vector<Block>& blocks)> take_;
  std::vector<Block> waiting_;
};

}  // namespace folio::input
