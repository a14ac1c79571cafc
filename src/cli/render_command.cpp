#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "folio/folio.hpp"

namespace folio::cli {

int render_command(const Args& args) {
  RenderOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& into) {
      if (i + 1 >= args.size()) return false;
      into = args[++i];
      return true;
    };
    if (a == "-o" || a == "--output") {
      if (!value(options.output)) return usage_error("-o needs a file name");
    } else if (a == "--style") {
      if (!value(options.style)) return usage_error("--style needs a name or path");
    } else if (a == "--dump-layout") {
      if (!value(options.layout_dump)) return usage_error("--dump-layout needs a file name");
    } else if (a == "--layout") {
      if (!value(options.layout)) return usage_error("--layout needs a name or path");
    } else if (!a.empty() && a[0] == '-') {
      return usage_error("unknown option '" + a + "'");
    } else if (options.input.empty()) {
      options.input = a;
    } else {
      return usage_error("more than one issue file given ('" + options.input + "', '" + a + "')");
    }
  }
  if (options.input.empty()) return usage_error("render needs an issue file");
  if (options.output.empty())
    options.output = std::filesystem::path(options.input).replace_extension(".pdf").string();
  try {
    const std::filesystem::path parent = std::filesystem::path(options.output).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    const RenderResult result = render(options);
    for (const Diagnostic& w : result.warnings) std::cerr << w.to_string() << "\n";
    std::cerr << options.output << ": " << result.pages << (result.pages == 1 ? " page\n" : " pages\n");
    return 0;
  } catch (const Error& e) {
    std::cerr << e.diagnostic().to_string() << "\n";
  } catch (const std::filesystem::filesystem_error& e) {
    std::cerr << Diagnostic{Severity::Error, SourcePos{options.output}, e.code().message()}.to_string()
              << "\n";
  }
  return 1;
}

}  // namespace folio::cli
