// Renders one golden case to what its goldens hold: the layout dump, the PDF's text, and the
// page images. Each call builds its own fonts, caches and documents, so cases render in
// parallel threads without sharing anything mutable.
#pragma once

#include <string>
#include <vector>

#include "golden/image.hpp"
#include "golden/manifest.hpp"

namespace folio::golden {

struct Rendered {
  std::string layout;  // layout.txt
  std::string text;    // text.txt
  std::vector<Image> pages;
};

// `root` is the folder the case's paths are relative to (the repository, folio's data folder).
// Throws folio::Error, prefixed with the case's manifest line when the case itself is wrong.
Rendered render_case(const Case& c, const std::string& root, bool render_pages = true);

}  // namespace folio::golden
