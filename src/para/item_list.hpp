// Boxes, glue and penalties for a paragraph, each with the text it came from so that lines
// can be re-shaped after the breaks are chosen.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "para/knuth_plass.hpp"
#include "para/paragraph_text.hpp"
#include "text/hyphenator.hpp"

namespace folio::para {

struct ItemSource {
  enum class Kind {
    Text,       // a box of text [start, end) from one piece
    Indent,     // the first-line indent box
    Space,      // inter-word glue; [start, end) is the whitespace
    CjkGlue,    // glue where the text has no space: between ideographs (stretch only), or a
                // quarter em between CJK and Latin letters or digits; [start, start)
    Hyphen,     // a discretionary hyphen (flagged penalty) inside a word
    Break,      // a break opportunity without a hyphen (after an explicit hyphen, a slash)
    HardBreak,  // glue + penalty of a forced line break (<br>)
    End,        // the paragraph's final glue and penalties
  };
  Kind kind = Kind::Text;
  std::size_t start = 0, end = 0;
  int piece = -1;
};

struct ItemList {
  std::vector<Item> items;
  std::vector<ItemSource> sources;  // parallel to items
};

// The hyphenation patterns of a language ("en", "de-CH"), or null when it has none. Paragraphs
// may be set on several threads at once (compose::ParagraphQueue): it must be safe to call so.
using HyphenatorFor = std::function<const text::Hyphenator*(const std::string& lang)>;

// `ragged`: spaces neither stretch nor shrink (the breaker gets the raggedness as stretch).
// `hyphenators` null: no hyphenation. CJK text is never hyphenated.
ItemList build_items(const ParagraphSpec& spec, const ParagraphText& text, const PieceShaper& shaper,
                     const HyphenatorFor* hyphenators, bool ragged);

// Whether a piece's glyphs may be widened or narrowed (font expansion): not ideographs, which
// keep their square, nor colour emoji.
bool expandable(const ParagraphText& text, const PieceShaper& shaper, int piece);

// A word's hyphenation points (absolute byte offsets), or none when the word should not be
// hyphenated: too short, a compound with an explicit hyphen, an acronym, digits inside.
std::vector<std::size_t> hyphenation_points(std::string_view text, std::size_t start, std::size_t end,
                                            int min_word, const text::Hyphenator& hyphenator);

}  // namespace folio::para
