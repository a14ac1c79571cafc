// The positioned output, one model from a typeset line up to a page (as Typst's Frame): a
// frame is a list of items, each at a point of the frame. A frame placed in another is a
// group: placing it only moves it, and nothing inside is copied or rewritten. Plain data that
// holds nothing of fonts or layout state; every backend (PDF, layout dump, rasterizer) reads it.
// Coordinates: scaled points, y growing downwards, each from its frame's origin: a page's is
// its top-left corner, a typeset line's its left edge on the baseline.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "common/color.hpp"
#include "common/units.hpp"

namespace folio::frame {

struct Point {
  Sp x = 0, y = 0;
};
inline Point operator+(Point a, Point b) { return Point{a.x + b.x, a.y + b.y}; }
inline bool operator==(Point a, Point b) { return a.x == b.x && a.y == b.y; }
inline bool operator!=(Point a, Point b) { return !(a == b); }

// Names a font face. The producer chooses the ids (compose uses font::FaceId), so a run keeps
// its font wherever it is placed; PagedDoc::fonts says which file each id is.
using FontId = int;

// One glyph of a run. A long document holds hundreds of thousands, so a glyph is 20 bytes:
// positions in 32 bits (scaled points: up to 32,767 pt, far more than any glyph moves), and
// its text kept in its run's `text` (GlyphRun::text_of).
struct Glyph {
  std::uint32_t gid = 0;
  std::int32_t x_advance = 0;  // pen advance after this glyph, including justification and tracking
  std::int32_t x_offset = 0;   // from HarfBuzz positioning
  std::int32_t y_offset = 0;   // positive up
  std::uint32_t text_end = 0;  // where its text ends in the run's text (GlyphRun::push sets it)
};

// Glyphs of one font, size and colour. Its point is the pen position of the first glyph, on
// the baseline.
struct GlyphRun {
  FontId font = 0;
  Sp size = 0;
  Color color;
  double h_scale = 1;  // horizontal glyph scaling (font expansion); advances already include it
  std::vector<Glyph> glyphs;
  std::string text;  // the glyphs' texts one after another (in glyph order, as the layout dump prints)

  // Appends `g`, standing for `glyph_text` (UTF-8): a ligature's first glyph holds several
  // characters, further glyphs of the same cluster and decoration "".
  void push(Glyph g, std::string_view glyph_text) {
    text += glyph_text;
    g.text_end = static_cast<std::uint32_t>(text.size());
    glyphs.push_back(g);
  }
  // The text glyph `i` stands for.
  std::string_view text_of(std::size_t i) const {
    const std::uint32_t begin = i == 0 ? 0 : glyphs[i - 1].text_end;
    return std::string_view(text).substr(begin, glyphs[i].text_end - begin);
  }
};

// A filled rectangle whose top-left corner is its point: underlines, rules, bands.
struct Rule {
  Sp width = 0, height = 0;
  Color color;
};

// A clickable area whose top-left corner is its point: to a URI, or to an Anchor of the document
// (an internal link, as between a footnote's marker and its note).
struct Link {
  Sp width = 0, height = 0;
  std::string uri;     // an external target; empty for an internal link
  std::string anchor;  // the name of the Anchor an internal link goes to; empty for a URI
};

// A named place in the document that internal links go to; its point is the place's top-left
// corner. A name is used once in a document.
struct Anchor {
  std::string name;
};

// A picture scaled to fill the box whose top-left corner is its point: a figure's photo or chart.
struct Image {
  Sp width = 0, height = 0;
  std::string id;   // which picture: an ImageRef of the PagedDoc (paged_doc.hpp) says which file
  std::string alt;  // the text a reader hears instead (tagged PDF will write it)
};

// What an item is in the document's structure: what tagged PDF will write. None: part of
// whatever its group is. Artifact: furniture and decoration, not content (page furniture,
// column rules, bands, dot leaders).
enum class Role : std::uint8_t {
  None,
  Paragraph,
  Heading1,
  Heading2,
  Heading3,
  Heading4,
  Heading5,
  Heading6,
  ListItem,
  ListLabel,  // a list item's bullet or number
  Quote,
  Code,
  Caption,
  Figure,
  Table,
  TableRow,
  TableHeaderCell,
  TableCell,
  Note,
  NoteRef,
  Link,
  Title,          // the masthead's publication and issue
  Contents,       // the "In this issue" list
  ContentsEntry,  // one title and its page number
  Artifact,
};

// Heading1 ... Heading6 for a heading level (clamped to 1 to 6), and back (0: not a heading).
inline Role heading_role(int level) {
  return static_cast<Role>(static_cast<int>(Role::Heading1) + std::clamp(level, 1, 6) - 1);
}
inline int heading_level(Role role) {
  const int level = static_cast<int>(role) - static_cast<int>(Role::Heading1) + 1;
  return level >= 1 && level <= 6 ? level : 0;
}

// The record of one typeset line: what the layout dump prints and tests read.
struct LineInfo {
  std::string style;  // paragraph style name
  Sp measure = 0;     // the width the line is set to (justified lines fill it)
  Sp natural_width = 0;  // of the content at natural spacing
  std::string text;      // the line's plain text (with an inserted hyphen)
  bool hyphenated = false;  // ends with an inserted hyphen
  bool last_of_paragraph = false;
  double ratio = 0;  // adjustment ratio of its spaces (0: natural)
};

// A frame's LineInfo, or none, held outside the frame: most frames are not lines (blocks,
// columns, pages), and a line's record inline made every frame, and so every item, 96 bytes
// larger (a long issue holds tens of thousands of each while its pages are assembled).
// Copies copy the record; otherwise it reads as std::optional<LineInfo> does.
class LineBox {
 public:
  LineBox() = default;
  LineBox(const LineBox& other) : info_(other.info_ ? std::make_unique<LineInfo>(*other.info_) : nullptr) {}
  LineBox(LineBox&&) noexcept = default;
  LineBox& operator=(const LineBox& other) {
    if (this != &other) info_ = other.info_ ? std::make_unique<LineInfo>(*other.info_) : nullptr;
    return *this;
  }
  LineBox& operator=(LineBox&&) noexcept = default;
  LineBox& operator=(LineInfo info) {
    info_ = std::make_unique<LineInfo>(std::move(info));
    return *this;
  }

  explicit operator bool() const { return info_ != nullptr; }
  LineInfo& operator*() { return *info_; }
  const LineInfo& operator*() const { return *info_; }
  LineInfo* operator->() { return info_.get(); }
  const LineInfo* operator->() const { return info_.get(); }
  void reset() { info_.reset(); }

 private:
  std::unique_ptr<LineInfo> info_;
};

struct Item;

struct Frame {
  Sp width = 0, height = 0;  // the box it fills (a page, a column, a block); 0 for a line
  std::string region;        // a page region ("masthead", "contents", "col1", ..., "footer",
                             // "header"): the layout dump names each line's region
  LineBox line;   // set on a typeset line's frame
  std::vector<Item> items;       // in paint order

  // Adds a run, rule, link, anchor or image with its point at `at`.
  template <typename Content>
  void add(Point at, Content content, Role role = Role::None);
  // Adds `child` as a group with its origin at `at`.
  void place(Point at, Frame child, Role role = Role::None);
};

struct Item {
  template <typename Content>
  Item(Point at_, Role role_, Content content_)
      : at(at_), role(role_), content(std::in_place_type<Content>, std::move(content_)) {}

  Point at;  // in the frame that holds the item
  Role role = Role::None;
  std::variant<GlyphRun, Rule, Link, Image, Anchor, Frame> content;  // a Frame is a group
};

template <typename Content>
void Frame::add(Point at, Content content, Role role) {
  items.emplace_back(at, role, std::move(content));
}

inline void Frame::place(Point at, Frame child, Role role) { items.emplace_back(at, role, std::move(child)); }

}  // namespace folio::frame
