// Reads a PDF back in-process with poppler (libpoppler-cpp): every page's text, and every
// page rasterized at a fixed resolution with anti-aliasing off, so renders are exact.
#pragma once

#include <string>
#include <vector>

#include "golden/image.hpp"

namespace folio::golden {

struct Readback {
  std::string text;          // each page's text in reading order, then "\n\f\n": a form feed
                             // on a line of its own between pages
  std::vector<Image> pages;  // empty unless rendering was asked for
};

// Throws folio::Error (naming `name`) when poppler cannot open the bytes.
Readback read_back(const std::vector<char>& pdf, int dpi, bool render, const std::string& name);

}  // namespace folio::golden
