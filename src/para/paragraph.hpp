// A paragraph as the line breaker's caller sees it: styled text spans in. What comes out,
// justified lines of positioned glyphs with underlines and link areas, are frames
// (paragraph_builder.hpp).
#pragma once

#include <string>
#include <vector>

#include "common/color.hpp"
#include "common/units.hpp"
#include "font/face.hpp"
#include "frame/frame.hpp"
#include "style/style_values.hpp"

namespace folio::para {

// Everything that decides how a span of text looks, already resolved from the style sheet.
struct SpanStyle {
  font::FaceId face = 0;  // the face asked for; characters it lacks fall back to another face
  std::vector<font::FaceId> fallback;  // where they fall back to first, in order (the style's font-fallback)
  std::string lang;  // a language of its own (`<span lang="de">`), for hyphenation and shaping; "": the paragraph's
  Sp size = 0;
  Color color;
  Sp rise = 0;  // baseline shift, positive up (superscript)
  Sp tracking = 0;
  bool underline = false;
  bool strikethrough = false;  // a rule through the text, at half its x-height
  // Code or a URL: never hyphenated; it breaks only at its own safe points (after `/`, before
  // `.` `?` `&` `#` `=` `_` `::`, after a `-` it has, between camelCase humps as a last resort),
  // without an added hyphen, so it copies back whole.
  bool verbatim = false;
  Sp underline_thickness = -1;  // < 0: from the font
  Sp underline_offset = -1;     // < 0: from the font
  std::string link;             // target URI, empty when not a link
  std::string anchor;           // or the frame::Anchor an internal link goes to (a footnote)
  int link_id = -1;             // distinguishes two adjacent links to the same target
  std::string features;         // HarfBuzz feature list, comma-separated
  frame::Role role = frame::Role::None;  // of its glyph runs, when it is a part of its own (a note marker)
};

struct Span {
  std::string text;  // UTF-8; a hard line break is a Span with text "\n"
  SpanStyle style;
};

struct ParagraphSpec {
  std::vector<Span> spans;
  std::string style;  // the paragraph style's name, recorded on every line (the layout dump shows it)
  Sp measure = 0;  // the column (or block) width
  Sp first_indent = 0, left_indent = 0, right_indent = 0;
  style::Align align = style::Align::Justify;
  bool hyphenate = true;
  int hyphen_min_word = 5;
  std::string lang = "en";
  bool keep_spaces = false;  // every space counts (page furniture templates); else a run is one space
  // Ragged lines weighed by the room each leaves empty (the rag's stretch in the main pass), so
  // a short first line costs more than a fuller one; table cells want this. Without it the
  // passes take the first of equally bad breakings (headings and furniture are pinned so).
  bool even_rag = false;
  // Display text (headings, the masthead): ragged lines of even length, the last one weighed
  // like the others (LaTeX's \parfillskip=0pt with a stretchable \rightskip), so a heading
  // breaks as "China Launches its First / Asteroid Sample Mission", not with a short first or
  // last line. Implies even_rag; no effect on justified text.
  bool balance = false;
  // A justified line whose spaces would stretch past breaking.max_space_stretch is set ragged:
  // that line alone, or (list items, whose rivers show most) the whole paragraph.
  enum class LooseLines { RagLine, RagParagraph };
  LooseLines loose = LooseLines::RagLine;
  style::BreakParams breaking;
};

// A short text set as it comes, unjustified and unhyphenated: furniture, contents entries,
// list markers. Justified `align` becomes left.
inline ParagraphSpec label_spec(std::vector<Span> spans, Sp measure, style::Align align, std::string lang,
                                const style::BreakParams& breaking) {
  ParagraphSpec spec;
  spec.spans = std::move(spans);
  spec.measure = measure;
  spec.align = align == style::Align::Justify ? style::Align::Left : align;
  spec.hyphenate = false;
  spec.lang = std::move(lang);
  spec.breaking = breaking;
  return spec;
}

}  // namespace folio::para
