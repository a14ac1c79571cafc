#include <iostream>

#include "cli/commands.hpp"
#include "cli/render_outputs.hpp"

namespace folio::cli {

int render_command(const Args& args) {
  OutputOptions options;
  const std::string problem = parse_output_options(args, options);
  if (!problem.empty()) return usage_error("render: " + problem);
  try {
    const RenderResult result = render_outputs(options);
    for (const Diagnostic& w : result.warnings) std::cerr << w.to_string() << "\n";
    std::cerr << options.render.output << ": " << result.pages
              << (result.pages == 1 ? " page\n" : " pages\n");
    return 0;
  } catch (const Error& e) {
    std::cerr << e.diagnostic().to_string() << "\n";
    return 1;
  }
}

}  // namespace folio::cli
