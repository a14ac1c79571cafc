// The folio program: builds the CLI11 app from the registered commands (cli/command.hpp), parses
// the command line and runs the chosen command. It knows no command by name.
#include <csignal>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "folio/folio.hpp"

namespace folio::cli {
namespace {

const char* const kDescription =
    "folio typesets a newsletter issue (Markdown with YAML front matter) into a print-ready PDF.";

const char* const kFooter = R"(Run 'folio COMMAND --help' for the options of a command.

Exit status: 0 done; 1 the input or a render failed (reported as file:line:col: error: message);
2 a usage error. golden check: 0 all cases match, 1 any differ, 2 error.)";

// The commands the user chose, outermost first: folio, golden, update for `folio golden update`.
std::vector<const CLI::App*> chosen_commands(const CLI::App& app) {
  std::vector<const CLI::App*> chain{&app};
  while (!chain.back()->get_subcommands().empty()) chain.push_back(chain.back()->get_subcommands().front());
  return chain;
}

// One line naming the mistake, and a hint at the help of the command whose arguments are wrong.
int usage_error(const CLI::App& app, const CLI::ParseError& e) {
  const std::vector<const CLI::App*> chain = chosen_commands(app);
  std::string message = e.what();
  // CLI11 checks for a missing command before it checks for words left over; when both happen
  // the words are the mistake (`folio rendr`, `folio --frob`), so name them.
  const std::vector<std::string> left_over = chain.back()->remaining();
  if (dynamic_cast<const CLI::RequiredError*>(&e) && !left_over.empty())
    message = CLI::ExtrasError(left_over).what();
  std::string command;
  for (const CLI::App* c : chain) command += (command.empty() ? "" : " ") + c->get_name();
  std::cerr << "folio: error: " << message << "\n(run '" << command << " --help' for usage)\n";
  return kExitUsage;
}

}  // namespace
}  // namespace folio::cli

int main(int argc, char** argv) {
  using namespace folio::cli;
  // Past a file size limit (ulimit -f) a write fails with EFBIG and is reported like a full disk,
  // instead of the signal killing folio with its temporary file still on disk.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{kDescription, "folio"};
  app.set_help_flag("-h,--help", "show this help and exit");  // inherited by every command
  app.set_version_flag("--version", std::string("folio ") + folio::version(),
                       "show folio's version and exit");
  app.require_subcommand(1);
  std::map<const CLI::App*, Run> runs;
  for (const CommandEntry& entry : registered_commands()) {
    CLI::App* command = app.add_subcommand(entry.name, entry.description);
    runs[command] = entry.add(*command);
  }
  app.footer(kFooter);  // after the commands, which would inherit it
  if (argc < 2) {
    std::cerr << app.help();
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {  // help and version are "errors" with exit status 0
    return e.get_exit_code() == 0 ? app.exit(e) : usage_error(app, e);
  }
  try {
    return runs.at(app.get_subcommands().front())();
  } catch (const std::exception& e) {
    print_failure(e);
    return kExitFailed;
  }
}
