// `folio styles check FILE...` and `folio styles list [--style NAME|PATH] [--layout NAME|PATH]`.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "folio/folio.hpp"
#include "pipeline/style_check.hpp"
#include "style/page_template.hpp"
#include "style/style_listing.hpp"
#include "style/style_sheet.hpp"

namespace folio::cli {
namespace {

namespace fs = std::filesystem;

// Paths inside the working folder are shown relative to it, so positions stay short and
// clickable: "styles/default.yaml:53:11" rather than the data folder's absolute path.
std::string display_path(const std::string& path) {
  std::error_code ec;
  const fs::path abs = fs::absolute(path, ec).lexically_normal();
  const fs::path rel = abs.lexically_relative(fs::current_path(ec));
  if (ec || rel.empty() || *rel.begin() == "..") return path;
  return rel.string();
}

int check_files(const std::vector<std::string>& files) {
  const std::string fonts_dir = default_data_dir() + "/fonts";
  int status = kExitDone;
  for (const std::string& file : files) {
    const pipeline::StyleFileCheck result = pipeline::check_style_file(file, fonts_dir);
    if (result.errors.empty()) {
      std::cout << result.summary << "\n";
      continue;
    }
    status = kExitFailed;
    for (const Diagnostic& d : result.errors) std::cerr << d.to_string() << "\n";
    const size_t n = result.errors.size();
    std::cerr << file << ": " << n << (n == 1 ? " error" : " errors")
              << (result.kind.empty() ? "" : " (" + result.kind + ")") << "\n";
  }
  return status;
}

int list_values(const std::string& style, const std::string& layout) {
  const std::string data_dir = default_data_dir();
  const style::StyleSheet sheet =  // a folio::Error goes to main: exit 1
      style::load_style_sheet(display_path(style::resolve_style_path(style, data_dir)));
  const style::PageTemplate page =
      style::load_page_template(display_path(style::resolve_layout_path(layout, data_dir)));
  std::cout << "# style sheet: " << sheet.path << "\n"
            << style::list_style_sheet(sheet) << "\n# page layout: " << page.path << "\n"
            << style::list_page_template(page);
  return kExitDone;
}

struct StylesCommand {
  std::vector<std::string> files;  // check
  std::string style, layout;       // list
  CLI::App* check = nullptr;       // parsed: check, else list
};

Run add_styles(CLI::App& styles) {
  auto state = std::make_shared<StylesCommand>();
  styles.require_subcommand(1);

  CLI::App* check = styles.add_subcommand(
      "check", "Validate style sheets and page layouts (told apart by their keys), font families included");
  check->add_option("FILE", state->files, "style sheets and page layouts to validate")
      ->type_name("")
      ->required();
  check->footer(
      "Exit status: 0 when every file is valid, 1 when any is invalid (each error on its own line).");
  state->check = check;

  CLI::App* list =
      styles.add_subcommand("list", "Show every resolved style and layout value and where it came from");
  list->add_option("--style", state->style, "style sheet, a name in styles/ or a path (default: default)")
      ->type_name("NAME|PATH");
  list->add_option("--layout", state->layout, "page layout, a name in layout/ or a path (default: default)")
      ->type_name("NAME|PATH");
  return [state] {
    return state->check->parsed() ? check_files(state->files) : list_values(state->style, state->layout);
  };
}

const Registration kStyles{"styles", "Validate style sheets and layouts, or list their resolved values",
                           add_styles};

}  // namespace
}  // namespace folio::cli
