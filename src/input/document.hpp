// The document tree an issue file parses into: what the editor wrote, before any styling
// (input/load_issue.hpp reads it).
#pragma once

#include <string>
#include <vector>

#include "folio/diagnostic.hpp"

namespace folio::input {

enum class InlineKind {
  Text,         // text: already with typographic quotes and dashes, entities decoded
  Code,         // text: inline code
  Emphasis,     // children
  Strong,       // children
  Link,         // children, url
  Underline,    // children (<u>...</u>)
  Superscript,  // children (<sup>...</sup>)
  Subscript,    // children (<sub>...</sub>)
  Language,     // children, lang (<span lang="de">...</span>: text in another language)
  LineBreak,    // hard break: <br> or a Markdown hard line break
  SoftBreak,    // a newline inside a paragraph: typeset as a space
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
  Heading,        // level 1-3, inlines
  Paragraph,      // inlines
  BulletList,     // children: ListItem
  OrderedList,    // children: ListItem, start
  ListItem,       // children: blocks (paragraphs, nested lists)
  BlockQuote,     // children: blocks
  ThematicBreak,  //
  CodeBlock,      // text (verbatim, lines separated by '\n')
  Figure,         // an image alone in its paragraph: image, alt, wide; inlines: its caption
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 0;      // Heading
  int start = 1;      // OrderedList: number of the first item
  bool tight = true;  // lists
  std::string text;   // CodeBlock
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

struct Document {
  std::string path;
  FrontMatter meta;
  std::vector<Block> blocks;
};

// The plain text of inlines (for contents entries, the outline and the PDF title).
std::string plain_text(const std::vector<Inline>& inlines);

}  // namespace folio::input
