// What `folio render` and `folio watch` write for one issue: the PDF, the optional layout
// dump, and optionally every page as a PNG.
#pragma once

#include <string>

#include "folio/folio.hpp"

namespace folio::cli {

struct OutputOptions {
  RenderOptions render;
  std::string png_dir;  // empty: no page images
  int dpi = 96;
};

// Throws folio::Error like folio::render. Page images are page-001.png, page-002.png, ... in
// png_dir (created if needed); images of pages the issue no longer has are removed.
RenderResult render_outputs(const OutputOptions& options);

// Parses the options render and watch share (-o, --style, --layout, --dump-layout, --png,
// --dpi) and the issue file. Returns "" or a usage error message.
std::string parse_output_options(const std::vector<std::string>& args, OutputOptions& options);

}  // namespace folio::cli
