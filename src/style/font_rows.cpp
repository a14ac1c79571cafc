#include "style/font_rows.hpp"

#include <filesystem>

namespace folio::style {
namespace {

namespace fs = std::filesystem;

// `font-files:` entries are paths relative to the style file; the file they name must lie in
// that file's folder or below it (symbolic links resolved), so a shared style never reaches
// into the rest of the machine.
FontFile font_file(const YamlReader& r, const YAML::Node& item) {
  if (!item.IsScalar()) r.fail(item, "expected a font file path in 'font-files', got " + describe(item));
  const std::string written = item.Scalar();
  const fs::path folder = fs::path(r.path()).parent_path();
  const fs::path path = (folder / written).lexically_normal();
  std::error_code ec;
  if (fs::path(written).is_absolute())
    r.fail(item, "font file '" + written + "' must be a path relative to the style sheet's folder");
  if (!fs::is_regular_file(path, ec)) r.fail(item, "font file '" + written + "' does not exist");
  const fs::path real_folder = fs::canonical(folder.empty() ? fs::path(".") : folder, ec);
  const fs::path real_file = fs::canonical(path, ec);
  const fs::path inside = real_file.lexically_relative(real_folder);
  if (ec || inside.empty() || *inside.begin() == "..")
    r.fail(item, "font file '" + written + "' is outside the style sheet's folder (" +
                     (folder.empty() ? std::string(".") : folder.string()) +
                     "): a style's fonts must be in its folder or below");
  return FontFile{path.string(), r.pos(item)};
}

std::string joined(const std::vector<FallbackFamily>& families) {
  std::string s = "[";
  for (std::size_t i = 0; i < families.size(); ++i) s += (i ? ", " : "") + families[i].family;
  return s + "]";
}

}  // namespace

Property<StyleSheet> font_files_row() {
  Property<StyleSheet> p = custom<StyleSheet>(
      "font-files", "list of font file paths, relative to the style file", "none",
      "the brand's own fonts (.ttf, .otf, .ttc), in the style file's folder or below: their families join "
      "the bundled ones for renders with this style",
      [](ReadContext& c, const Field& f, StyleSheet& s) {
        if (!f.value.IsSequence()) c.r.fail(f, "expected a list for 'font-files', got " + describe(f.value));
        for (const YAML::Node& item : f.value) s.font_files.push_back(font_file(c.r, item));
        c.origins["font-files"] = value_origin(c.r, f, "");
      });
  p.list = [](const StyleSheet& s, const std::string& prefix, std::vector<Listed>& out) {
    std::string v = "[";
    for (std::size_t i = 0; i < s.font_files.size(); ++i) v += (i ? ", " : "") + s.font_files[i].path;
    out.push_back(Listed{prefix + "font-files", v + "]", TokenKind::None});
  };
  return p;
}

Property<StyleSheet> font_fallback_row() {
  Property<StyleSheet> p = custom<StyleSheet>(
      "font-fallback", "map of family -> list of families (each a name or a `fonts:` token)",
      "per bundled family (`folio styles list`)",
      "where characters a family lacks come from, first that has it wins; a family not listed falls back as "
      "Noto Serif does when it is a serif design, else as Noto Sans does",
      [](ReadContext& c, const Field& section, StyleSheet& s) {
        for (const Field& f : c.r.fields(section, {}, "'font-fallback'")) {
          const Field key{f.key, f.key_node, f.key_node};  // a family or a token, as values are
          const std::string family = family_value(c.r, key, c.tokens.fonts);
          if (!f.value.IsSequence())
            c.r.fail(f, "expected a list of families for '" + f.key + "', got " + describe(f.value));
          std::vector<FallbackFamily> order;
          for (const YAML::Node& item : f.value) {
            if (!item.IsScalar()) c.r.fail(item, "expected a family in the list '" + f.key + "', got " + describe(item));
            order.push_back(FallbackFamily{family_value(c.r, Field{f.key, f.key_node, item}, c.tokens.fonts),
                                           c.r.pos(item)});
          }
          s.font_fallback[family] = std::move(order);
          c.origins["font-fallback." + family] = value_origin(c.r, f, "");
        }
      });
  p.list = [](const StyleSheet& s, const std::string& prefix, std::vector<Listed>& out) {
    for (const auto& kv : s.font_fallback)
      out.push_back(Listed{prefix + "font-fallback." + kv.first, joined(kv.second), TokenKind::None});
  };
  return p;
}

}  // namespace folio::style
