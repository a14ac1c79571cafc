// `folio help [COMMAND]`: the same as `folio --help` or `folio COMMAND --help`.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.hpp"

namespace folio::cli {
namespace {

Run add_help(CLI::App& help) {
  auto command = std::make_shared<std::string>();
  std::vector<std::string> names;
  for (const CommandEntry& entry : registered_commands()) names.push_back(entry.name);
  help.add_option("COMMAND", *command, "the command to describe (default: folio itself)")
      ->type_name("")
      ->check(CLI::IsMember(names));
  const CLI::App* folio = help.get_parent();
  return [folio, command] {
    const CLI::App* described = command->empty() ? folio : folio->get_subcommand(*command);
    const std::string usage_name =  // as in the usage line of `folio COMMAND --help`
        described == folio ? folio->get_name() : folio->get_name() + " " + described->get_name();
    std::cout << described->get_formatter()->make_help(described, usage_name, CLI::AppFormatMode::Normal);
    return kExitDone;
  };
}

const Registration kHelp{"help", "Show this help, or a command's", add_help};

}  // namespace
}  // namespace folio::cli
