// resolve_style_path / resolve_layout_path: names are files in the data folder, paths are used as is.
#include <algorithm>
#include <filesystem>
#include <vector>

#include "folio/diagnostic.hpp"
#include "style/page_template.hpp"
#include "style/style_sheet.hpp"

namespace folio::style {
namespace {

namespace fs = std::filesystem;

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string resolve_named(const std::string& name_or_path, const std::string& data_dir,
                          const std::string& folder, const std::string& kind) {
  if (name_or_path.find('/') != std::string::npos || ends_with(name_or_path, ".yaml")) return name_or_path;
  const std::string name = name_or_path.empty() ? "default" : name_or_path;
  const fs::path dir = fs::path(data_dir) / folder;
  const fs::path file = dir / (name + ".yaml");
  std::error_code ec;
  if (fs::is_regular_file(file, ec)) return file.string();

  std::vector<std::string> available;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".yaml") available.push_back(entry.path().stem().string());
  std::sort(available.begin(), available.end());
  std::string list;
  for (const std::string& a : available) list += (list.empty() ? "" : ", ") + a;
  if (list.empty()) list = "none in " + dir.string();
  throw Error(SourcePos{}, "unknown " + kind + " '" + name + "' (available: " + list + ")");
}

}  // namespace

std::string resolve_style_path(const std::string& name_or_path, const std::string& data_dir) {
  return resolve_named(name_or_path, data_dir, "styles", "style");
}

std::string resolve_layout_path(const std::string& name_or_path, const std::string& data_dir) {
  return resolve_named(name_or_path, data_dir, "layout", "layout");
}

}  // namespace folio::style
