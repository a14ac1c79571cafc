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
  // The PDF's folder must exist: a mistyped -o path is an error, not a new folder (docs/limits.md).
  RenderResult result = render(r);
  if (!options.png_dir.empty()) write_page_images(r.output, options.png_dir, options.dpi);
  return result;
}

void add_output_options(CLI::App& command, OutputOptions& options) {
  RenderOptions& r = options.render;
  command.add_option("ISSUE.md", r.input, "the issue: Markdown with YAML front matter (docs/format.md)")
      ->type_name("")
      ->required();
  command
      .add_option("-o,--output", r.output, "where to write the PDF (default: ISSUE.md with a .pdf extension)")
      ->type_name("OUT.pdf");
  command
      .add_option("--style", r.style,
                  "style sheet, a name in styles/ or a path (default: the front matter's, else default)")
      ->type_name("NAME|PATH");
  command
      .add_option("--layout", r.layout,
                  "page layout, a name in layout/ or a path (default: the front matter's, else default)")
      ->type_name("NAME|PATH");
  command.add_option("--png", options.png_dir, "also write every page as DIR/page-NNN.png")->type_name("DIR");
  command.add_option("--dpi", options.dpi, "resolution of the --png images (default: 96)")
      ->type_name("N")
      ->check(CLI::Range(10, 1200));
  command.add_option("--dump-layout", r.layout_dump, "also write the text dump of every typeset line")
      ->type_name("FILE");
  command.add_flag_callback(
      "--allow-outside-files", [&r] { r.files_root = "/"; },
      "let the front matter name style and layout files outside the issue's folder");
  command.add_flag("--allow-outside-images", r.allow_outside_images,
                   "let figures name images outside the issue's folder (../, absolute paths, symbolic links out)");
  command.final_callback([&r] {
    if (r.output.empty()) r.output = fs::path(r.input).replace_extension(".pdf").string();
  });
}

}  // namespace folio::cli
