// Page layouts: sizes, margins, furniture, and validation with line and column.
#include "style/load_page_template.hpp"

#include <gtest/gtest.h>

#include "style/data_paths.hpp"
#include "style/load_style_sheet.hpp"
#include "style_test_util.hpp"

namespace folio::style {
namespace {

using testing::error_of;
using testing::TempDir;

class PageTemplateTest : public ::testing::Test {
 protected:
  PageTemplate load(const std::string& text) { return load_page_template(dir_.write("l.yaml", text)); }
  std::string error(const std::string& text, int line, int column) {
    const std::string path = dir_.write("l.yaml", text);
    const Diagnostic d = error_of([&] { load_page_template(path); });
    EXPECT_EQ(d.pos.file, path);
    EXPECT_EQ(d.pos.line, line) << d.message;
    EXPECT_EQ(d.pos.column, column) << d.message;
    return d.message;
  }
  TempDir dir_;
};

TEST_F(PageTemplateTest, EmptyFileIsA4WithDefaults) {
  const PageTemplate t = load("");
  EXPECT_EQ(t.width, 39011981);
  EXPECT_EQ(t.height, 55174088);
  EXPECT_EQ(t.columns, 2);
  EXPECT_EQ(t.baseline_grid, 0);
  EXPECT_TRUE(t.masthead.contents);
  EXPECT_EQ(t.footer.style, "footer");
}

TEST_F(PageTemplateTest, CustomPageAndOneMarginForAll) {
  const PageTemplate t = load(
      "colors:\n  grey: cmyk(0, 0, 0, 50%)\n"
      "page: {width: 6in, height: 9in}\n"
      "margins: 0.5in\n"
      "columns: 3\n"
      "gutter: 12pt\n"
      "column-rule: {thickness: 0.25pt, color: grey}\n"
      "baseline-grid: off\n"
      "header: {center: '{publication|upper}', baseline: 10mm}\n");
  EXPECT_EQ(t.width, pt(432));
  EXPECT_EQ(t.height, pt(648));
  EXPECT_EQ(t.margins.top, pt(36));
  EXPECT_EQ(t.margins.left, pt(36));
  EXPECT_EQ(t.columns, 3);
  EXPECT_EQ(t.column_width(), pt(112));  // (432 - 72 - 24) / 3
  EXPECT_EQ(t.column_rule.thickness, pt(0.25));
  EXPECT_EQ(t.column_rule.color, Color::cmyk(0, 0, 0, 0.5));
  EXPECT_EQ(t.baseline_grid, 0);
  EXPECT_EQ(t.header.center, "{publication|upper}");
  EXPECT_EQ(t.header.baseline, 1857713);  // 10mm
}

TEST_F(PageTemplateTest, NamedSizes) {
  EXPECT_EQ(load("page: {size: Letter}\n").width, pt(612));
  EXPECT_EQ(load("page: {size: Letter}\n").height, pt(792));
  EXPECT_EQ(load("page: A5\n").width, 27494158);  // 148mm
}

TEST_F(PageTemplateTest, Errors) {
  EXPECT_EQ(error("columns: 8\n", 1, 10), "'columns' must be between 1 and 6, got 8");
  EXPECT_EQ(error("page: {size: A3}\n", 1, 14),
            "expected A4, A5 or Letter for 'size', got 'A3' (did you mean 'A4'?)");
  EXPECT_EQ(error("page:\n  size: A4\n  width: 100mm\n", 2, 3),
            "give 'page' either a 'size' (A4, A5 or Letter) or both 'width' and 'height'");
  EXPECT_EQ(error("margins: {top: 1in, right: 1in, bottom: 1in}\n", 1, 10),
            "missing 'left' in 'margins' (give all four sides, or one length for all)");
  EXPECT_EQ(error("gutter: 6\n", 1, 9), "bad length '6' for 'gutter': missing unit (use pt, mm, cm or in)");
  EXPECT_EQ(error("gutter: -6mm\n", 1, 9), "'gutter' must not be negative, got '-6mm'");
  EXPECT_EQ(error("masthead:\n  band-colour: red\n", 2, 3),
            "unknown key 'band-colour' in 'masthead' (did you mean 'band-color'?)");
  EXPECT_EQ(error("masthead:\n  band-color: \"#12345\"\n", 2, 15),
            "bad colour '#12345' for 'band-color': expected \"#RRGGBB\", \"#RGB\" or cmyk(c, m, y, k)");
  EXPECT_EQ(error("footer:\n  right: \"{issu|upper}   {page}\"\n", 2, 10),
            "unknown variable 'issu' in template '{issu|upper}   {page}' (did you mean 'issue'?)");
  EXPECT_EQ(error("footer:\n  rule: {thickness: 1pt, colour: red}\n", 2, 26),
            "unknown key 'colour' in 'rule' (did you mean 'color'?)");
  EXPECT_EQ(error("baseline-grid: of\n", 1, 16),
            "bad length 'of' for 'baseline-grid': expected a length like 9.5pt or 20mm");
  EXPECT_EQ(error("page: {size: A4\n", 2, 1), "YAML syntax error: end of map flow not found");
}

TEST_F(PageTemplateTest, ColumnsNeedRoom) {
  EXPECT_EQ(error("margins: 100mm\ncolumns: 2\ngutter: 20mm\n", 2, 10),
            "no room for 2 columns: the page is 595.28pt wide, the side margins and gutters take 623.62pt");
  EXPECT_EQ(error("margins: {top: 150mm, bottom: 150mm, left: 1in, right: 1in}\n", 1, 10),
            "no room for the body: the page is 841.89pt high, the top and bottom margins take 850.39pt");
}

TEST(DataPathsTest, UnknownNamesListWhatIsAvailable) {
  TempDir dir;
  dir.write("styles/default.yaml", "");
  dir.write("styles/bold.yaml", "");
  dir.write("styles/notes.txt", "");
  EXPECT_EQ(resolve_style_path("bold", dir.path()), dir.path() + "/styles/bold.yaml");
  EXPECT_EQ(resolve_style_path("", dir.path()), dir.path() + "/styles/default.yaml");
  EXPECT_EQ(error_of([&] { resolve_style_path("fancy", dir.path()); }).message,
            "unknown style 'fancy' (available: bold, default)");
  EXPECT_EQ(error_of([&] { resolve_layout_path("wide", dir.path()); }).message,
            "unknown layout 'wide' (available: none in " + dir.path() + "/layout)");
}

}  // namespace
}  // namespace folio::style
