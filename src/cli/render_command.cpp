// `folio render ISSUE.md [options]`: typeset one issue to PDF (and page images, a layout dump).
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "cli/render_outputs.hpp"

namespace folio::cli {
namespace {

int render_issue(const OutputOptions& options) {
  const RenderResult result = render_outputs(options);  // a folio::Error goes to main: exit 1
  for (const Diagnostic& w : result.warnings) std::cerr << w.to_string() << "\n";
  std::cerr << options.render.output << ": " << result.pages << (result.pages == 1 ? " page\n" : " pages\n");
  return kExitDone;
}

Run add_render(CLI::App& render) {
  auto options = std::make_shared<OutputOptions>();
  add_output_options(render, *options);
  return [options] { return render_issue(*options); };
}

const Registration kRender{"render", "Typeset an issue to PDF, optionally with page images and a layout dump",
                           add_render};

}  // namespace
}  // namespace folio::cli
