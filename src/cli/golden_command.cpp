// `folio golden check|update`: the golden renders under golden/ (see golden/README.md).
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "folio/folio.hpp"
#include "golden/check_output.hpp"
#include "golden/golden_runner.hpp"

namespace folio::cli {
namespace {

namespace fs = std::filesystem;

// golden's exit statuses: 0 every case matches (or is updated), 1 a case differs, 2 the cases
// could not be checked (a bad manifest, a missing golden; a usage error is 2 as everywhere).
constexpr int kGoldenDiffers = 1;
constexpr int kGoldenError = 2;

// Reports go into the build folder, next to the folio binary, never into the repository.
std::string default_report_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ((ec ? fs::current_path() : exe.parent_path()) / "golden-report").string();
}

int run_check(const golden::RunOptions& options) {
  const golden::CheckRun run = golden::check(options);
  std::cout << golden::describe_check(run);
  return run.failed() == 0 ? kExitDone : kGoldenDiffers;
}

int run_update(const golden::RunOptions& options) {
  for (const golden::UpdatedCase& u : golden::update(options)) {
    if (u.files.empty()) {
      std::cout << "unchanged " << u.name << "\n";
      continue;
    }
    std::cout << "updated   " << u.name << ":";
    for (const std::string& f : u.files) std::cout << " " << f;
    std::cout << "\n";
  }
  return kExitDone;
}

struct GoldenCommand {
  golden::RunOptions options;
  bool all = false;           // update: every case of the manifest
  CLI::App* check = nullptr;  // parsed: check, else update
};

// The options check and update share.
void add_run_options(CLI::App& action, golden::RunOptions& options) {
  action.add_option("--manifest", options.manifest, "another case list (default: golden/manifest)")
      ->type_name("FILE");
  action.add_option("-j,--jobs", options.threads, "render N cases at once (default: one per core)")
      ->type_name("N")
      ->check(CLI::Range(1, 1024));
}

int run_golden(const GoldenCommand& command) {
  try {
    return command.check->parsed() ? run_check(command.options) : run_update(command.options);
  } catch (const std::exception& e) {
    print_failure(e);
    return kGoldenError;
  }
}

Run add_golden(CLI::App& command) {
  auto state = std::make_shared<GoldenCommand>();
  golden::RunOptions& options = state->options;
  options.root = default_data_dir();
  options.manifest = (fs::path(options.root) / "golden" / "manifest").string();
  options.report_dir = default_report_dir();
  command.require_subcommand(1);

  CLI::App* check = command.add_subcommand(
      "check",
      "Render the golden cases and compare them with golden/<case>/ (layout dump, text, page images)");
  check->add_option("CASE", options.cases, "the cases to check (default: every case of the manifest)")
      ->type_name("");
  check
      ->add_option("--report", options.report_dir,
                   "where to write the report of differing cases (default: golden-report/ next to folio)")
      ->type_name("DIR");
  add_run_options(*check, options);
  check->footer("Exit status: 0 when all cases match, 1 when any differ, 2 on error.");
  state->check = check;

  CLI::App* update = command.add_subcommand(
      "update", "Rewrite the goldens of cases after an intended change (see golden/README.md)");
  CLI::Option* cases = update->add_option("CASE", options.cases, "the cases to rewrite")->type_name("");
  update->add_flag("--all", state->all, "rewrite every case of the manifest")->excludes(cases);
  add_run_options(*update, options);
  update->final_callback([state] {
    if (!state->all && state->options.cases.empty())
      throw CLI::ValidationError("golden update needs case names or --all");
  });
  return [state] { return run_golden(*state); };
}

const Registration kGolden{"golden", "Check or update the golden renders (golden/README.md)", add_golden};

}  // namespace
}  // namespace folio::cli
