#include "cli/render_outputs.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

#include "golden/golden_store.hpp"
#include "golden/png_io.hpp"
#include "golden/rasterizer.hpp"

namespace folio::cli {
namespace fs = std::filesystem;

namespace {

void write_page_images(const std::string& pdf_path, const std::string& dir, int dpi) {
  std::ifstream in(pdf_path, std::ios::binary);
  const std::vector<char> pdf{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const golden::Readback back = golden::read_back(pdf, dpi, true, pdf_path);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw Error(SourcePos{dir}, "cannot create the folder for page images: " + ec.message());
  int page = 1;
  for (const golden::Image& image : back.pages)
    golden::write_png((fs::path(dir) / golden::page_file_name(page++)).string(), image);
  // A page the issue lost must not linger as a stale image.
  for (; fs::exists(fs::path(dir) / golden::page_file_name(page)); ++page)
    fs::remove(fs::path(dir) / golden::page_file_name(page));
}

}  // namespace

RenderResult render_outputs(const OutputOptions& options) {
  const RenderOptions& r = options.render;
  const fs::path parent = fs::path(r.output).parent_path();
  std::error_code ec;
  if (!parent.empty()) fs::create_directories(parent, ec);
  RenderResult result = render(r);
  if (!options.png_dir.empty()) write_page_images(r.output, options.png_dir, options.dpi);
  return result;
}

std::string parse_output_options(const std::vector<std::string>& args, OutputOptions& options) {
  RenderOptions& r = options.render;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& into) {
      if (i + 1 >= args.size()) return false;
      into = args[++i];
      return true;
    };
    std::string dpi;
    if (a == "-o" || a == "--output") {
      if (!value(r.output)) return "-o needs a file name";
    } else if (a == "--style") {
      if (!value(r.style)) return "--style needs a name or path";
    } else if (a == "--layout") {
      if (!value(r.layout)) return "--layout needs a name or path";
    } else if (a == "--dump-layout") {
      if (!value(r.layout_dump)) return "--dump-layout needs a file name";
    } else if (a == "--png") {
      if (!value(options.png_dir)) return "--png needs a folder";
    } else if (a == "--dpi") {
      if (!value(dpi)) return "--dpi needs a number";
      char* end = nullptr;
      const long n = std::strtol(dpi.c_str(), &end, 10);
      if (*end != '\0' || n < 10 || n > 1200)
        return "--dpi must be a number from 10 to 1200, not '" + dpi + "'";
      options.dpi = static_cast<int>(n);
    } else if (!a.empty() && a[0] == '-') {
      return "unknown option '" + a + "'";
    } else if (r.input.empty()) {
      r.input = a;
    } else {
      return "more than one issue file given ('" + r.input + "', '" + a + "')";
    }
  }
  if (r.input.empty()) return "an issue file is needed";
  if (r.output.empty()) r.output = fs::path(r.input).replace_extension(".pdf").string();
  return "";
}

}  // namespace folio::cli
