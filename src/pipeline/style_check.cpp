#include "pipeline/style_check.hpp"

#include "common/decimal.hpp"
#include "compose/font_families.hpp"
#include "font/font_db.hpp"
#include "style/file_kind.hpp"
#include "style/load_page_template.hpp"
#include "style/load_style_sheet.hpp"

namespace folio::pipeline {
namespace {

std::string style_summary(const std::string& path, const std::string& fonts_dir, StyleFileCheck& out) {
  const style::StyleSheet sheet = style::load_style_sheet(path);
  std::vector<std::string> files;
  for (const style::FontFile& f : sheet.font_files) {
    try {  // each on its own first, so a file that is no font is reported where the style names it
      font::FontDb(fonts_dir, {f.path});
    } catch (const Error& e) {
      throw Error(f.pos, "font file '" + f.path + "': " + e.diagnostic().message);
    }
    files.push_back(f.path);
  }
  const font::FontDb fonts(fonts_dir, files);
  out.errors = compose::restricted_font_files(sheet);
  for (Diagnostic& d : compose::missing_font_families(sheet, fonts)) out.errors.push_back(std::move(d));
  for (Diagnostic& d : compose::missing_fallback_families(sheet, fonts)) out.errors.push_back(std::move(d));
  std::string summary = path + ": ok (style sheet, " + std::to_string(sheet.paragraphs.size()) +
                        " paragraph styles, " + std::to_string(sheet.characters.size()) + " character styles)";
  for (const std::string& line : compose::family_files(sheet, fonts)) summary += "\n  " + line;
  return summary;
}

std::string layout_summary(const std::string& path) {
  const style::PageTemplate t = style::load_page_template(path);
  return path + ": ok (page layout, " + format_points(t.width, 2, Zeros::Trim) + " x " +
         format_points(t.height, 2, Zeros::Trim) + "pt, " + std::to_string(t.columns) +
         (t.columns == 1 ? " column)" : " columns)");
}

}  // namespace

StyleFileCheck check_style_file(const std::string& path, const std::string& fonts_dir) {
  StyleFileCheck out;
  try {
    const style::FileKind kind = style::detect_file_kind(path);
    out.kind = style::file_kind_name(kind);
    const std::string summary =
        kind == style::FileKind::StyleSheet ? style_summary(path, fonts_dir, out) : layout_summary(path);
    if (out.errors.empty()) out.summary = summary;
  } catch (const Error& e) {
    out.errors.push_back(e.diagnostic());
  }
  return out;
}

}  // namespace folio::pipeline
