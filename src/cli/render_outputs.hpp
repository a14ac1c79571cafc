// What `folio render` and `folio watch` write for one issue: the PDF, the optional layout
// dump, and optionally every page as a PNG; and the command-line options that choose them.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "folio/folio.hpp"

namespace folio::cli {

struct OutputOptions {
  RenderOptions render;
  std::string png_dir;  // empty: no page images
  int dpi = 96;
};

// Declares the issue file and the options render and watch share (-o, --style, --layout,
// --dump-layout, --allow-outside-images, --png, --dpi) on `command`, bound to `options`, which must outlive the parse.
// Once parsed, an -o left out becomes the path with a .pdf extension.
void add_output_options(CLI::App& command, OutputOptions& options);

// Throws folio::Error like folio::render. Page images are page-001.png, page-002.png, ... in
// png_dir (created if needed); images of pages the issue no longer has are removed.
RenderResult render_outputs(const OutputOptions& options);

}  // namespace folio::cli
