// A style sheet's font families checked against the bundled fonts: by `folio styles check`, and
// by renders before composing, so a family the fonts do not have is reported where the style
// file names it rather than when a paragraph first asks for it.
#pragma once

#include <string>
#include <vector>

#include "folio/diagnostic.hpp"
#include "font/font_db.hpp"
#include "style/style_sheet.hpp"

namespace folio::compose {

// One error per place in the file that names a family the bundled fonts do not have (a font
// token once, at its definition), in file order:
//   styles/brand.yaml:20:10: error: font family 'Noto Serf' is not among the bundled fonts (did you mean
//   'Noto Serif'?)
std::vector<Diagnostic> missing_font_families(const style::StyleSheet& sheet, const font::FontDb& fonts);

// Throws the first of missing_font_families() as folio::Error; for renders.
void check_font_families(const style::StyleSheet& sheet, const font::FontDb& fonts);

}  // namespace folio::compose
