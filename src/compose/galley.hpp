// The body, typeset and waiting for pagination: blocks of positioned material, material set
// outside the columns (footnotes, wide tables), and the vertical list that flow::paginate breaks
// into columns. GalleyBuilder holds the vertical rules: the space between blocks on the baseline
// grid, headings kept with what follows, no widows or orphans, a table's rows kept together, each
// note referred to after the line that holds its first marker.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/numbered_deque.hpp"
#include "flow/vertical_list.hpp"
#include "frame/frame.hpp"
#include "style/page_template.hpp"
#include "style/style_sheet.hpp"

namespace folio::compose {

// One box of the vertical list: a body line, a heading, a thematic break, a table's header or
// one of its rows.
struct GalleyBlock {
  frame::Frame frame;  // origin at the block's top-left corner in its column; frame.height is the box
  frame::Role role = frame::Role::None;
  std::optional<std::string> outline;  // a heading's first block: its title for the outline and the contents
  int table = -1;  // a table's body row: its table in Galley::tables
  int heading = -1;  // a heading's first block: its index in the document's headings
  bool placed = false;  // a page has taken its frame
};

// What a table repeats where it goes on in another column or on another page.
struct TableContinuation {
  frame::Frame header;  // the top rule, the header row and the rule under it (the flow's repeat)
  frame::Rule foot;     // the bottom rule, drawn at the foot of the last row of a piece the table
                        // goes on after (in the space under the row)
  Sp foot_x = 0;        // where the rule starts in the column (a table in a quote is indented)
};

// Material set outside the columns (a flow::FlowInsert each): a footnote, a part per line; a table
// wider than a column, a part per row, or a wide figure, one part, set across the columns at a
// page's top.
struct GalleyInsert {
  std::vector<frame::Frame> parts;  // origin at the part's top-left corner; frame.height its height
  frame::Role role = frame::Role::None;  // Note, Table or Figure
  int table = -1;                        // a wide table's continuation in Galley::tables
  frame::Frame header;  // a wide table's header as its first piece shows it (later pieces repeat
                        // the continuation's copy, which anchors no note marker)
};

// The galley's blocks, numbered from 0 in the order they were added (the flow's payloads). Those
// at the front that pages have taken are dropped.
using GalleyBlocks = NumberedDeque<GalleyBlock>;

struct Galley {
  GalleyBlocks blocks;
  std::vector<GalleyInsert> inserts;  // notes first: note n is inserts[n - 1]
  std::vector<TableContinuation> tables;
  flow::VerticalList flow;  // a box's payload is its block's index; an insert's, its index in `inserts`
};

// A code block this short is never split across columns.
inline constexpr int kKeepCodeLines = 6;

class GalleyBuilder {
 public:
  // `notes`: the footnotes, set (note n is notes[n - 1]); each goes into the list after
  // the first box that refers to it.
  GalleyBuilder(const style::PageTemplate& page, const style::FlowParams& flow, std::vector<GalleyInsert> notes = {});

  // A paragraph's lines, each its own block a leading high (whole grid steps on a grid), so the
  // paragraph may break between any two lines that leave no widow, orphan or lone heading.
  void add_paragraph(std::vector<frame::Frame> lines, const style::ParagraphStyle& st, frame::Role role);
  // A heading's lines as one block with its space after, rounded up to the grid so the next body
  // line lands back on it; a heading that would fill half a column breaks like a paragraph.
  // `heading`: its index in the document's headings (the contents list's entries name it).
  void add_heading(std::vector<frame::Frame> lines, const style::ParagraphStyle& st, int level,
                   const std::string& title, int heading = -1);
  // A code block's lines (compose/code_block.hpp) on the style's tint and left rule, which start
  // at `indent` and reach the column's right edge, `st.padding` beyond the first and last lines.
  // A block of up to kKeepCodeLines lines never breaks; a longer one breaks like a paragraph.
  void add_code(std::vector<frame::Frame> lines, const style::ParagraphStyle& st, Sp indent);
  // A block that is not text (a thematic break), frame.height already on the grid.
  void add_block(frame::Frame block, frame::Role role);
  // A table in the column: its header block (top rule, header row, rule), kept with the first
  // rows, and its rows, which break only where they leave orphan-lines rows above and
  // widow-lines rows below (rows marked in `splits` may also break after them: the slices of a
  // row taller than a column). Where it goes on in another column the header is repeated above
  // and `foot` closes the piece before. After it the column's height is rounded up to the grid.
  // `indent`: where the table starts in the column (its frames are already placed there).
  void add_table(frame::Frame header, std::vector<frame::Frame> rows, const std::vector<bool>& splits,
                 frame::Rule foot, Sp space_before, Sp space_after, Sp indent = 0);
  // A table wider than a column, across the columns at the top of a page (this one, if none of
  // its text is set yet; else the next), its header above each piece.
  void add_wide_table(frame::Frame header, std::vector<frame::Frame> rows, frame::Rule foot);
  // A figure's block (compose/figure.hpp, which holds the space below it), `space` above it: a
  // float, which goes to the top of the next column when it does not fit under the text above.
  void add_figure(frame::Frame figure, Sp space);
  // A figure across the columns, at the top of a page (this one, if none of its text is set yet;
  // else the next), in order with the wide tables.
  void add_wide_figure(frame::Frame figure);

  Sp snap(Sp v) const;  // up to the baseline grid
  Sp grid() const { return grid_; }
  Sp column_height() const { return column_; }  // of a page without the masthead
  Galley finish() && { return std::move(galley_); }
  // What is set so far: pages made while the body is still being set take their blocks from it.
  Galley& so_far() { return galley_; }

 private:
  void begin_block(Sp space_before);
  void push(GalleyBlock block);
  // Puts the notes that `frame` refers to for the first time (and the notes those refer to) into
  // the list here, and anchors each first marker for its note's link back.
  void refer_notes(frame::Frame& frame);
  std::vector<int> first_references(frame::Frame& frame);

  int add_continuation(const frame::Frame& header, frame::Rule foot, Sp foot_x = 0);

  const style::FlowParams& flow_;
  int notes_ = 0;  // note n is galley_.inserts[n - 1]
  Sp grid_ = 0;
  Sp measure_ = 0;
  Sp column_ = 0;  // a full column's height

  Galley galley_;
  std::set<int> referred_;       // notes already in the list
  Sp pending_space_ = 0;         // the previous block's space after
  bool keep_with_next_ = false;  // the previous block was a heading
};

}  // namespace folio::compose
