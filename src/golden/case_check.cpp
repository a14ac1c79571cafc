#include "golden/case_check.hpp"

#include <algorithm>
#include <filesystem>

#include "folio/diagnostic.hpp"
#include "golden/golden_store.hpp"
#include "golden/image_diff.hpp"
#include "golden/png_io.hpp"
#include "golden/text_diff.hpp"

namespace folio::golden {

CaseResult compare_case(const Case& c, Rendered rendered, const std::string& golden_dir) {
  namespace fs = std::filesystem;
  const std::string layout_path = (fs::path(golden_dir) / "layout.txt").string();
  const std::string text_path = (fs::path(golden_dir) / "text.txt").string();
  std::error_code ec;
  if (!fs::is_regular_file(layout_path, ec) || !fs::is_regular_file(text_path, ec))
    throw Error(c.pos, "case '" + c.name + "' has no goldens in " + golden_dir +
                           " (run 'folio golden update " + c.name + "' to create them)");

  CaseResult r;
  r.c = c;
  r.golden_dir = golden_dir;
  const std::string label = (fs::path(golden_dir).filename() / "").string();
  r.layout_diff = unified_diff(read_text_file(layout_path), rendered.layout, label + "layout.txt (golden)",
                               label + "layout.txt (actual)");
  r.text_diff = unified_diff(read_text_file(text_path), rendered.text, label + "text.txt (golden)",
                             label + "text.txt (actual)");

  const std::vector<std::string> expected = page_files(golden_dir);
  r.expected_pages = static_cast<int>(expected.size());
  r.actual_pages = static_cast<int>(rendered.pages.size());
  const int pages = std::max(r.expected_pages, r.actual_pages);
  const Image none;
  for (int i = 0; i < pages; ++i) {
    Image golden = i < r.expected_pages ? read_png(expected[i]) : Image();
    const Image& actual = i < r.actual_pages ? rendered.pages[i] : none;
    const long long changed = count_changed(golden, actual);
    if (i < r.expected_pages && i < r.actual_pages && changed <= c.tolerance) continue;
    PageDiff d;  // only failing pages keep copies of their pictures
    d.page = i + 1;
    d.status = i >= r.expected_pages ? PageStatus::Extra
               : i >= r.actual_pages ? PageStatus::Missing
                                     : PageStatus::Changed;
    d.changed_pixels = changed;
    d.expected = std::move(golden);
    d.actual = actual;
    r.pages.push_back(std::move(d));
  }
  r.actual_images = std::move(rendered.pages);
  return r;
}

}  // namespace folio::golden
