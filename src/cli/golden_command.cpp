// folio golden check|update: the golden renders under golden/ (see golden/README.md).
#include <exception>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "folio/folio.hpp"
#include "golden/check_output.hpp"
#include "golden/golden_runner.hpp"

namespace folio::cli {
namespace {

namespace fs = std::filesystem;

// Reports go into the build folder, next to the folio binary, never into the repository.
std::string default_report_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ((ec ? fs::current_path() : exe.parent_path()) / "golden-report").string();
}

int run_check(const golden::RunOptions& options) {
  const golden::CheckRun run = golden::check(options);
  std::cout << golden::describe_check(run);
  return run.failed() == 0 ? 0 : 1;
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
  return 0;
}

}  // namespace

int golden_command(const Args& args) {
  if (args.empty()) return usage_error("golden needs 'check' or 'update'");
  const std::string& action = args[0];
  if (action != "check" && action != "update")
    return usage_error("unknown golden action '" + action + "' (use 'check' or 'update')");

  golden::RunOptions options;
  options.root = default_data_dir();
  options.manifest = (fs::path(options.root) / "golden" / "manifest").string();
  options.report_dir = default_report_dir();
  bool all = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& into) {
      if (i + 1 >= args.size()) return false;
      into = args[++i];
      return true;
    };
    if (a == "--manifest") {
      if (!value(options.manifest)) return usage_error("--manifest needs a file name");
    } else if (a == "--report" && action == "check") {
      if (!value(options.report_dir)) return usage_error("--report needs a folder");
    } else if (a == "--all" && action == "update") {
      all = true;
    } else if (a == "-j" || a == "--jobs") {
      std::string n;
      if (!value(n) || n.empty() || n.find_first_not_of("0123456789") != std::string::npos || n.size() > 4)
        return usage_error(a + " needs a number of threads");
      options.threads = static_cast<unsigned>(std::stoul(n));
    } else if (!a.empty() && a[0] == '-') {
      return usage_error("unknown option '" + a + "' for golden " + action);
    } else {
      options.cases.push_back(a);
    }
  }
  if (action == "update" && !all && options.cases.empty())
    return usage_error("golden update needs case names or --all");
  if (action == "update" && all && !options.cases.empty())
    return usage_error("golden update takes case names or --all, not both");

  try {
    return action == "check" ? run_check(options) : run_update(options);
  } catch (const Error& e) {
    std::cerr << e.diagnostic().to_string() << "\n";
  } catch (const std::exception& e) {  // a file system error, out of memory
    std::cerr << "folio: error: " << e.what() << "\n";
  }
  return 2;
}

}  // namespace folio::cli
