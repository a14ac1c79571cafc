// Code blocks: set off from the text by the `code-block` style's tint and left rule, their text
// inset by its padding, verbatim and never hyphenated. A line too long for the measure wraps at a
// safe point (para/safe_breaks.hpp) onto a line with a hanging indent that starts with a
// continuation mark (↪), so it never reads as a new line of code.
#pragma once

#include <vector>

#include "compose/context.hpp"
#include "frame/frame.hpp"
#include "input/document.hpp"

namespace folio::compose {

// The block's lines, each a frame (origin on the baseline) at `indent` plus the padding; the
// tint and rule are drawn by the galley (GalleyBuilder::add_code) behind them.
std::vector<frame::Frame> set_code_lines(const input::Block& block, Sp indent, const Context& cx);

// The continuation mark's text.
inline constexpr const char* kContinuationMark = "\u21AA";

}  // namespace folio::compose
