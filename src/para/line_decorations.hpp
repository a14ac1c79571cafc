// The decorations of a line being set (line_packer.cpp): underlines, strikes and link areas,
// each a horizontal piece that the next chunk of text widens while it continues it.
#pragma once

#include <string>
#include <vector>

#include "common/color.hpp"
#include "common/units.hpp"
#include "font/face.hpp"
#include "para/paragraph.hpp"
#include "para/paragraph_text.hpp"

namespace folio::para {

struct Fragment {
  Sp x = 0, width = 0;
  Sp offset = 0;     // underline: top edge below the baseline
  Sp thickness = 0;  // underline
  Color color;
  std::string uri;
  std::string anchor;          // link: an internal link's target instead of uri
  Sp ascent = 0, descent = 0;  // link: the box around the text
};

// Each takes the chunk of `piece` set from `from` to `to`: `current` (the fragment the chunk
// before reached) is widened to `to` where this chunk continues it, else a fragment starts at
// `from` and becomes `current`; null where the chunk has no such decoration.
void extend_underline(std::vector<Fragment>& underlines, Fragment*& current, const PieceShaper& shaper,
                      int piece, Sp from, Sp to);
// A rule through the text: the underline's thickness, centred at half the x-height (a strike
// joins the spaces between its words, as the underline does).
void extend_strike(std::vector<Fragment>& strikes, Fragment*& current, const PieceShaper& shaper, int piece,
                   Sp from, Sp to);
// A link continues while its chunks have one link_id; the area is the face's ascent and descent.
void extend_link(std::vector<Fragment>& links, Fragment*& current, int& current_id, const SpanStyle& st,
                 const font::Face& face, Sp from, Sp to);

}  // namespace folio::para
