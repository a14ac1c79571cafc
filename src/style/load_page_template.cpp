#include "style/load_page_template.hpp"

#include "common/decimal.hpp"
#include "common/yaml_reader.hpp"
#include "style/layout_schema.hpp"

namespace folio::style {
namespace {

std::string points(Sp v) { return format_points(v, 2, Zeros::Trim) + "pt"; }

PageTemplate page_template_from(const YamlReader& r) {
  const std::string& path = r.path();
  PageTemplate t;
  t.path = path;
  const std::vector<Field> top = read_top_level(r, layout_table(), t);

  // The body must have room, or every later stage would divide by nothing.
  const Field* blame = find_field(top, "columns") ? find_field(top, "columns") : find_field(top, "margins");
  const auto fail = [&](const std::string& message) {
    if (blame) r.fail(*blame, message);
    throw Error(SourcePos{path}, message);
  };
  if (t.column_width() <= 0)
    fail("no room for " + std::to_string(t.columns) + " columns: the page is " + points(t.width) +
         " wide, the side margins and gutters take " +
         points(t.margins.left + t.margins.right + t.gutter * (t.columns - 1)));
  if (t.margins.top + t.margins.bottom >= t.height)
    fail("no room for the body: the page is " + points(t.height) + " high, the top and bottom margins take " +
         points(t.margins.top + t.margins.bottom));
  return t;
}

}  // namespace

PageTemplate load_page_template(const std::string& path) {
  return page_template_from(YamlReader::load(path, "page layout"));
}

PageTemplate parse_page_template(const std::string& text, const std::string& path) {
  return page_template_from(YamlReader::parse(text, path, "page layout"));
}

}  // namespace folio::style
