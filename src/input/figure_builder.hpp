// Figures: a paragraph that holds an image and nothing else, optionally followed by attributes in
// braces (`{.wide}`); and the caption convention, an emphasised paragraph right after a figure
// (`*The caption.*`), which then captions it instead of the alt text (docs/format.md).
#pragma once

#include <cmark-gfm.h>

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

}  // namespace folio::input
