// The positioned-page IR: what every backend (PDF, layout dump, rasterizer) reads. Layout
// produces it; it holds no pointer into fonts or layout state, so it is plain data.
// Coordinates: scaled points, origin at the page's top-left corner, y growing downwards.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/color.hpp"
#include "common/units.hpp"

namespace folio::frame {

// A font the pages use, by file (the PDF writer embeds a subset of it).
struct FontRef {
  std::string path;
  int index = 0;  // face index inside the file
};

struct Glyph {
  std::uint32_t gid = 0;
  Sp x_advance = 0;  // pen advance after this glyph, including justification and tracking
  Sp x_offset = 0;   // from HarfBuzz positioning
  Sp y_offset = 0;   // positive up
  std::string text;  // the Unicode text this glyph stands for: a ligature holds several
                     // characters; further glyphs of the same cluster hold ""
};

struct GlyphRun {
  int font = 0;  // index into PagedDoc::fonts
  Sp size = 0;
  Color color;
  Sp x = 0, y = 0;     // pen position of the first glyph, y = baseline
  double h_scale = 1;  // horizontal glyph scaling (font expansion); advances already include it
  std::vector<Glyph> glyphs;
};

// A filled rectangle: underlines, rules, bands. y is the top edge.
struct Rule {
  Sp x = 0, y = 0, width = 0, height = 0;
  Color color;
};

// A clickable area (y is the top edge).
struct Link {
  Sp x = 0, y = 0, width = 0, height = 0;
  std::string uri;
};

// One typeset line, for the layout dump and for tests.
struct LineInfo {
  std::string region;                 // "masthead", "contents", "col1", "col2", ..., "footer"
  std::string style;                  // paragraph style name
  Sp x = 0, baseline = 0, width = 0;  // width: the line's measure (justified width)
  std::string text;
  bool hyphenated = false;  // ends with an inserted hyphen
  bool last_of_paragraph = false;
  double ratio = 0;  // adjustment ratio of its spaces (0: natural)
};

struct Page {
  std::vector<GlyphRun> runs;
  std::vector<Rule> rules;
  std::vector<Link> links;
  std::vector<LineInfo> lines;
};

struct OutlineEntry {
  std::string title;
  int level = 1;
  int page = 0;  // 0-based
  Sp y = 0;
};

struct DocInfo {
  std::string title, author, subject, lang, producer, creator;
  long long creation_time = -1;  // seconds since the epoch; < 0: none written
};

struct PagedDoc {
  Sp width = 0, height = 0;  // every page
  std::vector<FontRef> fonts;
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
  DocInfo info;
};

}  // namespace folio::frame
