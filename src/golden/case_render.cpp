#include "golden/case_render.hpp"

#include <filesystem>

#include "folio/folio.hpp"
#include "frame/layout_dump.hpp"
#include "golden/rasterizer.hpp"
#include "pdf/pdf_writer.hpp"
#include "pipeline/render_job.hpp"
#include "style/data_paths.hpp"

namespace folio::golden {
namespace {

namespace fs = std::filesystem;

// A name (`default`) stays a name for the style stage to resolve; a path is made absolute
// against the repository so the case does not depend on the working folder.
std::string from_root(const std::string& value, const std::string& root) {
  const std::string anchored = style::relative_to(value, root);
  return anchored == value ? value : fs::path(anchored).lexically_normal().string();
}

}  // namespace

Rendered render_case(const Case& c, const std::string& root, bool render_pages) {
  RenderOptions options;
  options.input =
      fs::path(c.input).is_absolute() ? c.input : (fs::path(root) / c.input).lexically_normal().string();
  options.style = from_root(c.style, root);
  options.layout = from_root(c.layout, root);
  options.data_dir = root;
  std::error_code ec;
  if (!fs::is_regular_file(options.input, ec))
    throw Error(c.pos, "case '" + c.name + "': no input file " + options.input);

  pipeline::TypesetIssue issue;
  try {
    issue = pipeline::typeset_issue(options);
  } catch (const Error& e) {
    // Keep the position in the user's file (a style, the issue); say which case hit it.
    throw Error(e.diagnostic().pos, e.diagnostic().message + " [golden case '" + c.name + "']");
  }

  Rendered out;
  out.layout = frame::dump_layout(issue.pages);
  const std::vector<char> pdf = pdf::write_pdf(issue.pages);
  Readback back = read_back(pdf, c.dpi, render_pages, c.name);
  out.text = std::move(back.text);
  out.pages = std::move(back.pages);
  return out;
}

}  // namespace folio::golden
