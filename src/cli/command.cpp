#include "cli/command.hpp"

#include <algorithm>
#include <iostream>

#include "folio/folio.hpp"

namespace folio::cli {
namespace {

// A function-local static, so registrations from other files' static initialisers find it
// constructed whatever order those initialisers run in.
std::vector<CommandEntry>& registry() {
  static std::vector<CommandEntry> commands;
  return commands;
}

}  // namespace

Registration::Registration(std::string name, std::string description, AddCommand add) {
  registry().push_back(CommandEntry{std::move(name), std::move(description), add});
}

std::vector<CommandEntry> registered_commands() {
  std::vector<CommandEntry> commands = registry();
  std::sort(commands.begin(), commands.end(),
            [](const CommandEntry& a, const CommandEntry& b) { return a.name < b.name; });
  return commands;
}

void print_failure(const std::exception& e) {
  if (const auto* error = dynamic_cast<const Error*>(&e))
    std::cerr << error->diagnostic().to_string() << "\n";
  else  // a file system error, out of memory
    std::cerr << "folio: error: " << e.what() << "\n";
}

}  // namespace folio::cli
