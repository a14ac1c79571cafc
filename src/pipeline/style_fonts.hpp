// Style sheets checked against the bundled fonts: by `folio styles check`, and by renders before
// typesetting, so a family the fonts do not have is reported where the style file names it.
#pragma once

#include <string>
#include <vector>

#include "folio/diagnostic.hpp"
#include "font/font_db.hpp"
#include "style/style_sheet.hpp"

namespace folio::pipeline {

// One error per place in the file that names a family the bundled fonts do not have (a font
// token once, at its definition), in file order:
//   styles/brand.yaml:20:10: error: font family 'Noto Serf' is not among the bundled fonts (did you mean
//   'Noto Serif'?)
std::vector<Diagnostic> missing_font_families(const style::StyleSheet& sheet, const font::FontDb& fonts);

// Throws the first of missing_font_families() as folio::Error; for renders.
void check_font_families(const style::StyleSheet& sheet, const font::FontDb& fonts);

struct StyleFileCheck {
  std::string kind;                // "style sheet", "page layout"; "" when it could not be told
  std::vector<Diagnostic> errors;  // empty when the file is valid
  // When valid: "PATH: ok (style sheet, 13 paragraph styles, 7 character styles)" or
  // "PATH: ok (page layout, 595.28 x 841.89pt, 2 columns)".
  std::string summary;
};

// `folio styles check FILE`: loads FILE as a style sheet or a page layout (style::detect_file_kind)
// and, for a style sheet, checks its families against the fonts in `fonts_dir`. Never throws
// folio::Error: every problem ends up in `errors`.
StyleFileCheck check_style_file(const std::string& path, const std::string& fonts_dir);

}  // namespace folio::pipeline
