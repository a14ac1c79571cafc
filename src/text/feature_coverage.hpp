// Whether a font has real variant glyphs (such as superscripts) for a piece of text.
#pragma once

#include <string>
#include <string_view>

#include "font/face.hpp"

namespace folio::text {

// True when turning on `feature` ("sups", "subs", "smcp") changes every glyph of `text` in
// `face`: the font has a designed variant for each character, so no synthetic scaling is needed.
bool feature_covers(const font::Face& face, std::string_view text, const std::string& feature);

}  // namespace folio::text
