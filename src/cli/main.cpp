#include <iostream>

#include "cli/commands.hpp"
#include "folio/folio.hpp"

namespace {

const char* const kUsage = R"(usage: folio <command> [options]

Commands:
  render ISSUE.md [-o OUT.pdf] [--style NAME|PATH] [--layout NAME|PATH]
                 [--png DIR [--dpi N]] [--dump-layout FILE]
        Typeset an issue to PDF. Without -o, the PDF goes next to ISSUE.md with a .pdf
        extension. Styles and layouts are names in styles/ and layout/, or paths.
        --png writes every page as DIR/page-NNN.png (at --dpi, default 96);
        --dump-layout writes the text dump of every typeset line.
  watch ISSUE.md [the options of render] [--max-renders N]
        Render, then render again whenever the issue, its style sheet or its layout
        changes, printing the time taken and any error; keeps running after errors.
  golden check [CASE...] [--report DIR]
        Render the golden cases (golden/manifest) and compare them with golden/<case>/.
        Exit 0 when all match, 1 when any differ (report in golden-report/ next to folio),
        2 on error.
  golden update CASE...|--all
        Rewrite the goldens of the cases after an intended change (see golden/README.md).
        Both take --manifest FILE (another case list) and -j N (threads; default: cores).
  styles check FILE...
        Validate style sheets and page layouts, font families included (exit 1 if invalid).
  styles list [--style NAME|PATH] [--layout NAME|PATH]
        Show every resolved style and layout value and where it came from.

Options:
  -h, --help     show this help
  --version      show folio's version

Errors are reported as file:line:col: error: message, with a non-zero exit status.
)";

}  // namespace

namespace folio::cli {

int usage_error(const std::string& message) {
  std::cerr << "folio: error: " << message << "\n(run 'folio --help' for usage)\n";
  return 2;
}

}  // namespace folio::cli

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (command == "--version") {
    std::cout << "folio " << folio::version() << "\n";
    return 0;
  }
  if (command == "render") return folio::cli::render_command(args);
  if (command == "golden") return folio::cli::golden_command(args);
  if (command == "styles") return folio::cli::styles_command(args);
  if (command == "watch") return folio::cli::watch_command(args);
  return folio::cli::usage_error("unknown command '" + command + "'");
}
