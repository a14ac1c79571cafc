#include "style/file_kind.hpp"

#include <algorithm>
#include <filesystem>

#include "common/suggest.hpp"
#include "common/yaml_reader.hpp"
#include "style/data_paths.hpp"
#include "style/schema_info.hpp"

namespace folio::style {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& key) {
  return std::find(list.begin(), list.end(), key) != list.end();
}

}  // namespace

const char* file_kind_name(FileKind kind) {
  return kind == FileKind::StyleSheet ? "style sheet" : "page layout";
}

FileKind detect_file_kind(const std::string& path) {
  const YamlReader r = YamlReader::load(path, "style sheet or page layout");
  // Keys both kinds accept (`colors`) say nothing.
  const std::vector<std::string> sheet_keys = key_names("style-sheet"),
                                 layout_keys = key_names("page-layout");
  std::vector<std::string> sheet_only, layout_only;
  for (const std::string& k : sheet_keys)
    if (!contains(layout_keys, k)) sheet_only.push_back(k);
  for (const std::string& k : layout_keys)
    if (!contains(sheet_keys, k)) layout_only.push_back(k);
  std::vector<std::string> all = sheet_only;
  all.insert(all.end(), layout_only.begin(), layout_only.end());

  int sheet = 0, layout = 0;
  for (const auto& kv : r.root()) {
    if (!kv.first.IsScalar()) continue;  // the loader will complain about it
    std::string key = kv.first.Scalar();
    if (!contains(all, key)) key = closest_name(key, all);
    if (contains(sheet_only, key)) ++sheet;
    if (contains(layout_only, key)) ++layout;
  }
  if (sheet != layout) return sheet > layout ? FileKind::StyleSheet : FileKind::PageLayout;

  const std::string folder = std::filesystem::absolute(path).parent_path().filename().string();
  if (folder == kStylesFolder) return FileKind::StyleSheet;
  if (folder == kLayoutFolder) return FileKind::PageLayout;
  if (sheet > 0) return FileKind::StyleSheet;  // as many keys of both: the loader lists the others
  throw Error(SourcePos{path},
              "cannot tell whether this is a style sheet or a page layout: it has none of "
              "'paragraph-styles', 'character-styles', 'fonts' (style sheets) or 'page', 'margins', "
              "'columns' (page layouts)");
}

}  // namespace folio::style
