// A style sheet's font families checked against the fonts, and its own font files against their
// licences: by `folio styles check`, and by renders before composing, so a family the fonts do not have is reported where the style
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

// One error per family of a `font-fallback:` order that no font has (at the place the file names
// it; the engine's orders name packaged fonts scripts/install-deps installs). Renders pass such
// families over; `folio styles check` reports them.
std::vector<Diagnostic> missing_fallback_families(const style::StyleSheet& sheet, const font::FontDb& fonts);

// One error per `font-files:` entry whose licence forbids embedding it in a document (OS/2 fsType
// restricted, 0x0002, with no less restrictive bit), where the file names it:
//   styles/brand.yaml:3:5: error: font file 'fonts/Secret.ttf' (Secret Sans) forbids embedding ...
std::vector<Diagnostic> restricted_font_files(const style::StyleSheet& sheet);

// Each family the sheet names (its styles' and its fallback orders') with the file of its regular
// face, as `folio styles check` reports them: "Noto Serif: /path/fonts/NotoSerif-Regular.ttf".
// Families the fonts lack are left out (missing_font_families reports the styles' ones).
std::vector<std::string> family_files(const style::StyleSheet& sheet, const font::FontDb& fonts);

// Throws the first of restricted_font_files(), then of missing_font_families(), as folio::Error;
// for renders.
void check_font_families(const style::StyleSheet& sheet, const font::FontDb& fonts);

}  // namespace folio::compose
