// `folio styles check FILE...` and `folio styles list [--style NAME|PATH] [--layout NAME|PATH]`.
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "folio/folio.hpp"
#include "pipeline/style_check.hpp"
#include "style/page_template.hpp"
#include "style/style_listing.hpp"
#include "style/style_sheet.hpp"

namespace folio::cli {
namespace {

namespace fs = std::filesystem;

const char* const kStylesUsage = R"(usage: folio styles check FILE...
       folio styles list [--style NAME|PATH] [--layout NAME|PATH]

  check  validates style sheets and page layouts (told apart by their keys), including every
         font family against the bundled fonts; exit status 1 when any file is invalid
  list   shows every resolved value of a style sheet and a page layout (default: default)
         and where it came from
)";

// Paths inside the working folder are shown relative to it, so positions stay short and
// clickable: "styles/default.yaml:53:11" rather than the data folder's absolute path.
std::string display_path(const std::string& path) {
  std::error_code ec;
  const fs::path abs = fs::absolute(path, ec).lexically_normal();
  const fs::path rel = abs.lexically_relative(fs::current_path(ec));
  if (ec || rel.empty() || *rel.begin() == "..") return path;
  return rel.string();
}

int check(const Args& files) {
  if (files.empty()) return usage_error("styles check needs a style sheet or page layout file");
  for (const std::string& f : files)
    if (!f.empty() && f[0] == '-') return usage_error("unknown option '" + f + "' for styles check");
  const std::string fonts_dir = default_data_dir() + "/fonts";
  int status = 0;
  for (const std::string& file : files) {
    const pipeline::StyleFileCheck result = pipeline::check_style_file(file, fonts_dir);
    if (result.errors.empty()) {
      std::cout << result.summary << "\n";
      continue;
    }
    status = 1;
    for (const Diagnostic& d : result.errors) std::cerr << d.to_string() << "\n";
    const size_t n = result.errors.size();
    std::cerr << file << ": " << n << (n == 1 ? " error" : " errors")
              << (result.kind.empty() ? "" : " (" + result.kind + ")") << "\n";
  }
  return status;
}

int list(const Args& args) {
  std::string style, layout;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--style" || a == "--layout") {
      if (i + 1 >= args.size()) return usage_error(a + " needs a name or path");
      (a == "--style" ? style : layout) = args[++i];
    } else {
      return usage_error("unexpected argument '" + a + "' for styles list");
    }
  }
  try {
    const std::string data_dir = default_data_dir();
    const style::StyleSheet sheet =
        style::load_style_sheet(display_path(style::resolve_style_path(style, data_dir)));
    const style::PageTemplate page =
        style::load_page_template(display_path(style::resolve_layout_path(layout, data_dir)));
    std::cout << "# style sheet: " << sheet.path << "\n"
              << style::list_style_sheet(sheet) << "\n# page layout: " << page.path << "\n"
              << style::list_page_template(page);
    return 0;
  } catch (const Error& e) {
    std::cerr << e.diagnostic().to_string() << "\n";
    return 1;
  }
}

}  // namespace

int styles_command(const Args& args) {
  if (args.empty()) return usage_error("styles needs 'check' or 'list'");
  const std::string& sub = args.front();
  const Args rest(args.begin() + 1, args.end());
  if (sub == "check") return check(rest);
  if (sub == "list") return list(rest);
  if (sub == "-h" || sub == "--help") {
    std::cout << kStylesUsage;
    return 0;
  }
  return usage_error("unknown styles command '" + sub + "' (use check or list)");
}

}  // namespace folio::cli
