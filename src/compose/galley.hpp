// The body, typeset and waiting for pagination: blocks of positioned material, and the vertical
// list that flow::paginate breaks into columns. GalleyBuilder holds the vertical rules: the space
// between blocks on the baseline grid, headings kept with what follows, no widows or orphans.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "flow/vertical_list.hpp"
#include "frame/frame.hpp"
#include "style/page_template.hpp"
#include "style/style_sheet.hpp"

namespace folio::compose {

// One box of the vertical list: a body line, a heading, a thematic break. Tables (a row per
// block), code blocks with a tint box and in-flow figures are blocks too; floats and notes will
// be a kind of their own that page assembly places outside the column flow.
struct GalleyBlock {
  frame::Frame frame;  // origin at the block's top-left corner in its column; frame.height is the box
  frame::Role role = frame::Role::None;
  std::optional<std::string> outline;  // a heading's first block: its title for the outline and the contents
};

struct Galley {
  std::vector<GalleyBlock> blocks;
  std::vector<flow::FlowItem> items;  // a box's payload is its block's index
};

class GalleyBuilder {
 public:
  GalleyBuilder(const style::PageTemplate& page, const style::FlowParams& flow);

  // A paragraph's lines, each its own block a leading high (whole grid steps on a grid), so the
  // paragraph may break between any two lines that leave no widow, orphan or lone heading.
  void add_paragraph(std::vector<frame::Frame> lines, const style::ParagraphStyle& st, frame::Role role);
  // A heading's lines as one block with its space after, rounded up to the grid so the next body
  // line lands back on it; a heading that would fill half a column breaks like a paragraph.
  void add_heading(std::vector<frame::Frame> lines, const style::ParagraphStyle& st, int level,
                   const std::string& title);
  // A block that is not text (a thematic break), frame.height already on the grid.
  void add_block(frame::Frame block, frame::Role role);
  // A figure's block (compose/figure.hpp, which holds the space below it), `space` above it.
  void add_figure(frame::Frame figure, Sp space);

  Sp snap(Sp v) const;  // up to the baseline grid
  Sp grid() const { return grid_; }
  Sp column_height() const { return column_; }  // of a page without the masthead
  Galley finish() && { return std::move(galley_); }

 private:
  void begin_block(Sp space_before);
  void push(GalleyBlock block);

  const style::FlowParams& flow_;
  Sp grid_ = 0;
  Sp measure_ = 0;
  Sp column_ = 0;  // a full column's height

  Galley galley_;
  Sp pending_space_ = 0;         // the previous block's space after
  bool keep_with_next_ = false;  // the previous block was a heading
};

}  // namespace folio::compose
