// The style sheet's font keys, `font-files:` (a brand's own typefaces, in the style's folder)
// and `font-fallback:` (per family, the families that draw what it lacks): rows of the
// style-sheet table (sheet_schema.cpp), here because each reads a list of its own shape.
#pragma once

#include "style/property.hpp"
#include "style/style_sheet.hpp"

namespace folio::style {

Property<StyleSheet> font_files_row();
Property<StyleSheet> font_fallback_row();

}  // namespace folio::style
