#include <iostream>

#include "cli/commands.hpp"
#include "folio/folio.hpp"

namespace {

const char* const kUsage = R"(usage: folio <command> [options]

Commands:
  render ISSUE.md [-o OUT.pdf] [--style NAME|PATH] [--layout NAME|PATH]
        Typeset an issue to PDF. Without -o, the PDF goes next to ISSUE.md with a .pdf
        extension. Styles and layouts are names in styles/ and layout/, or paths.
        --dump-layout FILE also writes the text dump of every typeset line.

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
  return folio::cli::usage_error("unknown command '" + command + "'");
}
