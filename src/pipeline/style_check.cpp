#include "pipeline/style_check.hpp"

#include "common/decimal.hpp"
#include "compose/font_families.hpp"
#include "font/font_db.hpp"
#include "style/file_kind.hpp"
#include "style/page_template.hpp"
#include "style/style_sheet.hpp"

namespace folio::pipeline {
namespace {

std::string style_summary(const std::string& path, const std::string& fonts_dir, StyleFileCheck& out) {
  const style::StyleSheet sheet = style::load_style_sheet(path);
  const font::FontDb fonts(fonts_dir);
  out.errors = compose::missing_font_families(sheet, fonts);
  return path + ": ok (style sheet, " + std::to_string(sheet.paragraphs.size()) + " paragraph styles, " +
         std::to_string(sheet.characters.size()) + " character styles)";
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
