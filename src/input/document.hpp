// The document tree an issue file parses into: what the editor wrote, before any styling
// (input/load_issue.hpp reads it).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "folio/diagnostic.hpp"

namespace folio::input {

enum class InlineKind {
  Text,         // text: already with typographic quotes and dashes, entities decoded
  Code,         // text: inline code
  Emphasis,     // children
  Strong,       // children
  Link,         // children, url (also a GFM autolink: www.example.com, https://...)
  Underline,    // children (<u>...</u>)
  Superscript,  // children (<sup>...</sup>)
  Subscript,    // children (<sub>...</sub>)
  Strikethrough,  // children (~~text~~, <s>, <del>)
  Small,        // children (<small>...</small>)
  Language,     // children, lang (<span lang="de">...</span>: text in another language)
  LineBreak,    // hard break: <br> or a Markdown hard line break
  SoftBreak,    // a newline inside a paragraph: typeset as a space
  NoteRef,      // text: the number of the footnote `[^label]` refers to ("1"), as its marker prints
};

struct Inline {
  InlineKind kind = InlineKind::Text;
  std::string text;
  std::string url;
  std::string lang;  // Language: a BCP 47 tag
  std::vector<Inline> children;
  SourcePos pos;
};

enum class BlockKind {
  Heading,        // level 1-6, inlines
  Paragraph,      // inlines
  BulletList,     // children: ListItem
  OrderedList,    // children: ListItem, start
  ListItem,       // children: blocks (paragraphs, nested lists); task: a GFM task list item
  BlockQuote,     // children: blocks
  ThematicBreak,  //
  CodeBlock,      // text (verbatim, lines separated by '\n'), info (the fence's info string)
  Table,          // table (a GFM table)
  Figure,         // an image alone in its paragraph: image, alt, wide; inlines: its caption
};

// How a table column's cells sit, from the delimiter row: `---`, `:--`, `:-:`, `--:`.
enum class ColumnAlign { Default, Left, Center, Right };

struct TableRow {
  std::vector<std::vector<Inline>> cells;  // one per column (a missing cell is empty)
  SourcePos pos;
};

// A GFM table: a header row, the delimiter row's alignments, then the body rows.
struct Table {
  std::vector<ColumnAlign> columns;
  TableRow header;
  std::vector<TableRow> rows;
};

// A GFM task list item's box: `- [ ]` open, `- [x]` done.
enum class Task { None, Open, Done };

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 0;      // Heading
  int start = 1;      // OrderedList: number of the first item
  bool tight = true;  // lists
  std::string text;   // CodeBlock
  std::string info;   // CodeBlock: the info string after the fence ("rust", "text"), "" if none
  Task task = Task::None;  // ListItem
  Table table;        // Table
  std::string image;  // Figure: the image's path as written (a link destination, percent-encoded)
  std::string alt;    // Figure: the alt text, plain: what a reader who cannot see the image hears
  bool wide = false;  // Figure: across the page's columns (`{.wide}`), else one column wide
  std::vector<Inline> inlines;
  std::vector<Block> children;
  SourcePos pos;
};

struct FrontMatter {
  std::string publication;  // masthead title
  std::string issue;        // issue label, e.g. "May 2025"
  std::string lang = "en";
  std::string style;   // optional: style name or path
  std::string layout;  // optional: layout name or path
  std::string contents_title;  // optional: the contents list's title in the issue's language ("本期要目")
  SourcePos style_pos, layout_pos;
};

// A footnote definition `[^label]: text`. Notes are numbered 1, 2, ... in the order of their first
// reference; a definition that nothing refers to is left out (with a warning).
struct Note {
  int number = 0;
  std::vector<Block> blocks;
  SourcePos pos;
};

// A heading of the body, wherever it is (in a quote, a list item): what the contents list on page
// 1 is made from before the body is set.
struct Heading {
  int level = 1;
  std::string title;  // plain_text of its inlines
};

class BodyParts;  // body_parts.hpp

struct Document {
  std::string path;
  FrontMatter meta;
  std::vector<Block> blocks;  // the whole body, unless it is read in parts (`parts`)
  std::vector<Note> notes;    // notes[n - 1] has number n
  std::vector<Heading> headings;  // every heading of the body, in order
  // A body too long to keep parsed (load_issue.hpp) is read again a part at a time wherever its
  // blocks are wanted, so they never all exist at once: `blocks` is then empty. Read the body
  // through for_each_part (body_parts.hpp), which serves both.
  std::shared_ptr<const BodyParts> parts;
};

// The plain text of inlines (for contents entries, the outline and the PDF title).
std::string plain_text(const std::vector<Inline>& inlines);

}  // namespace folio::input
