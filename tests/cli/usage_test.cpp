// folio's command line as a user meets it: --help on every command with every option described,
// --version, and usage errors (bad numbers, unknown words) that exit 2 naming what is wrong.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "cli/folio_folder.hpp"

namespace folio::cli::test {
namespace {

// The rows of one section of a help text ("Options", "Positionals", "Subcommands"): the first
// word of each row (an option's names, a positional, a command) -> its description. A name too
// long for the first column has its description on the next line.
std::map<std::string, std::string> help_rows(const std::string& help, const std::string& section) {
  std::map<std::string, std::string> rows;
  std::size_t at = help.find("\n" + section + ":\n");
  if (at == std::string::npos) return rows;
  at += section.size() + 3;
  std::string last;
  for (std::size_t end; at < help.size() && help[at] != '\n'; at = end + 1) {
    end = help.find('\n', at);
    const std::string line = help.substr(at, end - at);
    const std::size_t text = line.find_first_not_of(' ');
    if (text >= 4 && !last.empty()) {  // a description on a line of its own
      rows[last] = line.substr(text);
      continue;
    }
    last = line.substr(text, line.find(' ', text) - text);
    const std::size_t gap = line.find("  ", text);
    rows[last] = gap == std::string::npos ? "" : line.substr(line.find_first_not_of(' ', gap));
  }
  return rows;
}

std::set<std::string> names(const std::map<std::string, std::string>& rows) {
  std::set<std::string> out;
  for (const auto& [name, description] : rows) out.insert(name);
  return out;
}

struct HelpCase {
  std::string command;  // "" for folio itself
  std::set<std::string> positionals, options, subcommands;
};

class Usage : public FolioFolder {};

TEST_F(Usage, EveryCommandHasAHelpDescribingEachOption) {
  const std::set<std::string> output = {"-h,--help",     "-o,--output",           "--style",
                                        "--layout",      "--png",                 "--dpi",
                                        "--dump-layout", "--allow-outside-files", "--allow-outside-images"};
  std::set<std::string> watch = output;
  watch.insert("--max-renders");
  const std::vector<HelpCase> cases = {
      {"", {}, {"-h,--help", "--version"}, {"batch", "golden", "help", "render", "styles", "watch"}},
      {"batch",
       {"DIR|FILE"},
       {"-h,--help", "-o,--output", "-j,--jobs", "--force", "--shard", "-q,--quiet", "--json",
        "--allow-outside-images"},
       {}},
      {"render", {"ISSUE.md"}, output, {}},
      {"watch", {"ISSUE.md"}, watch, {}},
      {"golden", {}, {"-h,--help"}, {"check", "update"}},
      {"golden check", {"CASE"}, {"-h,--help", "--report", "--manifest", "-j,--jobs"}, {}},
      {"golden update", {"CASE"}, {"-h,--help", "--all", "--manifest", "-j,--jobs"}, {}},
      {"styles", {}, {"-h,--help"}, {"check", "list"}},
      {"styles check", {"FILE"}, {"-h,--help"}, {}},
      {"styles list", {}, {"-h,--help", "--style", "--layout"}, {}},
      {"help", {"COMMAND"}, {"-h,--help"}, {}},
  };
  for (const HelpCase& c : cases) {
    SCOPED_TRACE("folio " + c.command + " --help");
    const FolioRun run = folio(c.command + " --help");
    EXPECT_EQ(run.status, 0);
    EXPECT_EQ(run.err, "");
    EXPECT_NE(run.out.find("Usage: folio" + (c.command.empty() ? "" : " " + c.command) + " "),
              std::string::npos)
        << run.out;
    const auto positionals = help_rows(run.out, "Positionals");
    const auto options = help_rows(run.out, "Options");
    const auto subcommands = help_rows(run.out, "Subcommands");
    EXPECT_EQ(names(positionals), c.positionals) << run.out;
    EXPECT_EQ(names(options), c.options) << run.out;
    EXPECT_EQ(names(subcommands), c.subcommands) << run.out;
    for (const auto* rows : {&positionals, &options, &subcommands})
      for (const auto& [name, description] : *rows)
        EXPECT_GE(description.size(), 10u) << name << "\n" << run.out;
  }
}

TEST_F(Usage, HelpCommandAndShortFlagPrintTheSameHelp) {
  const std::string render_help = folio("render --help").out;
  EXPECT_EQ(folio("help render").out, render_help);
  EXPECT_EQ(folio("render -h").out, render_help);
  const std::string help = folio("--help").out;
  EXPECT_EQ(folio("help").out, help);
  EXPECT_EQ(folio("-h").out, help);
  EXPECT_NE(help.find("Exit status: 0 done; 1 the input or a render failed"), std::string::npos) << help;
}

TEST_F(Usage, WithoutACommandTheHelpGoesToStderrWithExitTwo) {
  const FolioRun run = folio("");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, folio("--help").out);
}

TEST_F(Usage, VersionPrintsTheVersion) {
  const FolioRun run = folio("--version");
  EXPECT_EQ(run.status, 0);
  EXPECT_TRUE(std::regex_match(run.out, std::regex("folio [0-9]+\\.[0-9]+\\.[0-9]+\n"))) << run.out;
  EXPECT_EQ(run.err, "");
}

struct UsageErrorCase {
  std::string args;
  std::string message;  // after "folio: error: "
  std::string command;  // whose --help the hint names
};

TEST_F(Usage, BadNumbersAndUnknownWordsAreUsageErrors) {
  const std::vector<UsageErrorCase> cases = {
      {"render issue.md --dpi 3x", "--dpi: Value 3x not in range 10 to 1200", "folio render"},
      {"render issue.md --dpi 0", "--dpi: Value 0 not in range 10 to 1200", "folio render"},
      {"render issue.md --dpi 1201", "--dpi: Value 1201 not in range 10 to 1200", "folio render"},
      {"render issue.md --dpi", "--dpi: 1 required N:INT in [10 - 1200] missing", "folio render"},
      {"watch issue.md --max-renders 0", "--max-renders: Value 0 not in range 1 to 1000000", "folio watch"},
      {"watch issue.md --max-renders 3x", "--max-renders: Value 3x not in range 1 to 1000000", "folio watch"},
      {"watch issue.md --dpi 3x", "--dpi: Value 3x not in range 10 to 1200", "folio watch"},
      {"golden check -j 0", "--jobs: Value 0 not in range 1 to 1024", "folio golden check"},
      {"golden check -j x", "--jobs: Value x not in range 1 to 1024", "folio golden check"},
      {"golden update --all --jobs 3x", "--jobs: Value 3x not in range 1 to 1024", "folio golden update"},
      {"frob", "The following argument was not expected: frob", "folio"},
      {"--frob", "The following argument was not expected: --frob", "folio"},
      {"render issue.md --frob", "The following argument was not expected: --frob", "folio render"},
      {"render issue.md other.md", "The following argument was not expected: other.md", "folio render"},
      {"render", "ISSUE.md is required", "folio render"},
      {"golden frob", "The following argument was not expected: frob", "folio golden"},
      {"golden", "A subcommand is required", "folio golden"},
      {"golden update sup-sub --all", "CASE excludes --all", "folio golden update"},
      {"styles check", "FILE is required", "folio styles check"},
      {"styles check --strict style.yaml", "The following argument was not expected: --strict",
       "folio styles check"},
      {"styles list --frob", "The following argument was not expected: --frob", "folio styles list"},
      {"help frob", "COMMAND: frob not in {batch,golden,help,render,styles,watch}", "folio help"},
  };
  for (const UsageErrorCase& c : cases) {
    const FolioRun run = folio(c.args);
    EXPECT_EQ(run.status, 2) << c.args;
    EXPECT_EQ(run.out, "") << c.args;
    EXPECT_EQ(run.err, "folio: error: " + c.message + "\n(run '" + c.command + " --help' for usage)\n")
        << c.args;
  }
  // Nothing ran: render and watch write no PDF when their command line is wrong.
  EXPECT_FALSE(fs::exists(dir_ / "issue.pdf"));
}

}  // namespace
}  // namespace folio::cli::test
