// `folio styles check FILE`: one style sheet or page layout loaded and checked as a render would,
// a style sheet's font families included.
#pragma once

#include <string>
#include <vector>

#include "folio/diagnostic.hpp"

namespace folio::pipeline {

struct StyleFileCheck {
  std::string kind;                // "style sheet", "page layout"; "" when it could not be told
  std::vector<Diagnostic> errors;  // empty when the file is valid
  // When valid: "PATH: ok (style sheet, 13 paragraph styles, 7 character styles)", then a line
  // per family it names, "  Noto Serif: /path/NotoSerif-Regular.ttf"; or
  // "PATH: ok (page layout, 595.28 x 841.89pt, 2 columns)".
  std::string summary;
};

// Loads FILE as a style sheet or a page layout (style::detect_file_kind) and, for a style sheet,
// checks its families against the fonts in `fonts_dir` and its own `font-files` (which must be
// fonts whose licence allows embedding; compose::restricted_font_files, missing_font_families).
// Never throws folio::Error: every problem ends up in `errors`.
StyleFileCheck check_style_file(const std::string& path, const std::string& fonts_dir);

}  // namespace folio::pipeline
