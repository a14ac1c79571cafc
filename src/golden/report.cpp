#include "golden/report.hpp"

#include <filesystem>

#include "folio/diagnostic.hpp"
#include "golden/golden_store.hpp"
#include "golden/image_diff.hpp"
#include "golden/png_io.hpp"

namespace folio::golden {
namespace {

namespace fs = std::filesystem;

void make_dir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw Error(SourcePos{dir.string()}, "cannot create the report folder: " + ec.message());
}

}  // namespace

void clear_report(const std::string& report_dir, const std::vector<Case>& cases) {
  std::error_code ec;
  fs::remove(fs::path(report_dir) / "report.html", ec);
  // Case names are plain file names (the manifest allows no '/'), so this stays inside.
  for (const Case& c : cases) fs::remove_all(fs::path(report_dir) / c.name, ec);
}

std::vector<std::string> write_case_report(const std::string& report_dir, const CaseResult& r) {
  const fs::path dir = fs::path(report_dir) / r.c.name;
  make_dir(dir);
  std::vector<std::string> written;
  auto text = [&](const char* name, const std::string& diff) {
    if (diff.empty()) return;
    const std::string p = (dir / name).string();
    write_text_file(p, diff);
    written.push_back(p);
  };
  text("layout.diff", r.layout_diff);
  text("text.diff", r.text_diff);

  if (!r.pages.empty()) {
    make_dir(dir / "expected");
    make_dir(dir / "diff");
  }
  for (const PageDiff& d : r.pages) {
    const std::string name = page_file_name(d.page);
    if (d.status != PageStatus::Extra) write_png((dir / "expected" / name).string(), d.expected);
    const std::string diff_path = (dir / "diff" / name).string();
    write_png(diff_path, highlight_changes(d.expected, d.actual));
    written.push_back(diff_path);
  }
  if (!r.actual_images.empty()) make_dir(dir / "actual");
  for (std::size_t i = 0; i < r.actual_images.size(); ++i) {
    const std::string p = (dir / "actual" / page_file_name(static_cast<int>(i) + 1)).string();
    write_png(p, r.actual_images[i]);
    written.push_back(p);
  }
  return written;
}

std::string write_html_report(const std::string& report_dir, const std::vector<const CaseResult*>& failing) {
  make_dir(report_dir);
  const std::string path = (fs::path(report_dir) / "report.html").string();
  write_text_file(path, html_report(failing));
  return path;
}

}  // namespace folio::golden
