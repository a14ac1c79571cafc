// folio's public API: render one issue file to a PDF.
#pragma once

#include <string>
#include <vector>

#include "folio/diagnostic.hpp"

namespace folio {

struct RenderOptions {
  std::string input;        // issue Markdown file
  std::string output;       // PDF path; written atomically (temporary file, then rename)
  std::string style;        // style name in styles/ or a path; empty: front matter, then "default"
  std::string layout;       // layout name in layout/ or a path; empty: front matter, then "default"
  std::string data_dir;     // folder holding fonts/, styles/, layout/; empty: default_data_dir()
  std::string layout_dump;  // optional: where to write the text dump of the layout
};

struct RenderResult {
  int pages = 0;
  std::vector<Diagnostic> warnings;
  std::vector<std::string> inputs;  // the files the render read: issue, style sheet, layout
};

// Throws folio::Error on bad input; never leaves a partial output file behind.
RenderResult render(const RenderOptions& options);

// FOLIO_DATA_DIR from the environment, else the source tree folio was built from.
std::string default_data_dir();

const char* version();

}  // namespace folio
