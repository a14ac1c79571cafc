#include "style/data_paths.hpp"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "folio/diagnostic.hpp"

namespace folio::style {

namespace fs = std::filesystem;

bool is_path(const std::string& name_or_path) {
  const std::string tail = ".yaml";
  return name_or_path.find('/') != std::string::npos ||
         (name_or_path.size() >= tail.size() &&
          name_or_path.compare(name_or_path.size() - tail.size(), tail.size(), tail) == 0);
}

std::string relative_to(const std::string& name_or_path, const std::string& base_dir) {
  if (!is_path(name_or_path) || fs::path(name_or_path).is_absolute()) return name_or_path;
  return (fs::path(base_dir) / name_or_path).string();
}

bool is_within(const std::string& path, const std::string& folder) {
  std::error_code ec;
  const fs::path file = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec) return false;
  const fs::path base = fs::weakly_canonical(fs::absolute(folder.empty() ? "." : folder, ec), ec);
  if (ec) return false;
  const auto [end, rest] = std::mismatch(base.begin(), base.end(), file.begin(), file.end());
  return end == base.end() && rest != file.end();
}

std::string resolve_data_file(const std::string& name_or_path, const std::string& data_dir,
                              const std::string& folder, const std::string& kind) {
  if (is_path(name_or_path)) return name_or_path;
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

}  // namespace folio::style
