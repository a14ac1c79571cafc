// How a command joins the folio program. Each command is one .cpp file in src/cli/ that
// registers itself at start-up with a Registration: its name, a one-line description, and a
// function that declares its CLI11 options (with validators and help text) on the subcommand
// main.cpp created for it and returns what runs when the user picks it. main.cpp knows no
// command by name, so adding a command is adding one file:
//
//   namespace {
//   Run add_batch(CLI::App& batch) {
//     auto options = std::make_shared<BatchOptions>();
//     batch.add_option("-o,--output", options->out_dir, "...")->required();
//     return [options] { return run_batch(*options); };
//   }
//   const Registration kBatch{"batch", "Render many issues", add_batch};
//   }  // namespace
//
// Registrations rely on every src/cli/*.cpp being linked into the folio executable itself (a
// static library would drop a file nothing refers to).
#pragma once

#include <CLI/CLI.hpp>
#include <exception>
#include <functional>
#include <string>
#include <vector>

namespace folio::cli {

// folio's exit statuses, documented in README.md ("Exit status"). `golden check` keeps its own
// meanings of 1 and 2 (golden_command.cpp).
constexpr int kExitDone = 0;
constexpr int kExitFailed = 1;  // the input or a render failed
constexpr int kExitUsage = 2;   // the command line is wrong

// Runs a command whose command line CLI11 has parsed and validated; returns the exit status.
// May throw: main prints the exception (print_failure) and exits kExitFailed.
using Run = std::function<int()>;

// Declares the command's options and sub-subcommands on `command` and returns its Run, which
// holds the parsed values (the options are bound to storage the Run shares).
using AddCommand = Run (*)(CLI::App& command);

struct CommandEntry {
  std::string name;         // as typed: `folio <name>`
  std::string description;  // one line, shown in `folio --help`
  AddCommand add;
};

// Constructing one (a namespace-scope constant in the command's file) registers the command.
struct Registration {
  Registration(std::string name, std::string description, AddCommand add);
};

// Every registered command, sorted by name (static initialisation order is not defined, the
// help's order must be).
std::vector<CommandEntry> registered_commands();

// Prints why a command failed: a folio::Error as its one-line diagnostic
// (file:line:col: error: message), anything else as "folio: error: <what>".
void print_failure(const std::exception& e);

}  // namespace folio::cli
