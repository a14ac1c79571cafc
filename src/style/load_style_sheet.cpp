#include "style/load_style_sheet.hpp"

#include "common/yaml_reader.hpp"
#include "style/sheet_schema.hpp"

namespace folio::style {
namespace {

// Every style the engine asks for must exist, whether defined or inherited by name.
template <class Style, size_t N>
void require_styles(const YamlReader& r, const std::map<std::string, Style>& styles,
                    const RequiredStyle (&required)[N], const std::string& kind, const Field* section) {
  std::string all;
  for (const RequiredStyle& s : required) all += (all.empty() ? "" : ", ") + std::string(s.name);
  for (const RequiredStyle& s : required) {
    if (styles.count(s.name)) continue;
    const std::string message =
        "missing " + kind + " style '" + s.name + "' (a style sheet must define all of: " + all + ")";
    if (section) r.fail(section->key_node, message);
    throw Error(SourcePos{r.path()}, message);
  }
}

StyleSheet style_sheet_from(const YamlReader& r) {
  const std::string& path = r.path();
  StyleSheet sheet;
  sheet.path = path;
  const std::vector<Field> top = read_top_level(r, sheet_table(), sheet);

  require_styles(r, sheet.paragraphs, kRequiredParagraphStyles, "paragraph",
                 find_field(top, "paragraph-styles"));
  require_styles(r, sheet.characters, kRequiredCharStyles, "character", find_field(top, "character-styles"));

  // Without an explicit link-color, links take the colour of the `link` character style.
  const auto link_color = sheet.origins.find("link-color");
  const CharStyle& link = sheet.characters.at("link");
  if (link_color == sheet.origins.end() && link.color) {
    sheet.link_color = *link.color;
    sheet.origins["link-color"] = link.origins.at("color");  // shown as "from link"
  }
  return sheet;
}

}  // namespace

StyleSheet load_style_sheet(const std::string& path) {
  return style_sheet_from(YamlReader::load(path, "style sheet"));
}

StyleSheet parse_style_sheet(const std::string& text, const std::string& path) {
  return style_sheet_from(YamlReader::parse(text, path, "style sheet"));
}

}  // namespace folio::style
