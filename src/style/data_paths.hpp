// Style sheets and page layouts are given by name or by path, with one rule wherever they are
// given (the command line, an issue's front matter, the golden manifest):
//
//   a value that contains a '/' or ends in ".yaml" is a path; anything else is a name, the file
//   <data_dir>/<folder>/<name>.yaml (folder: styles/, layout/). An empty value means "default".
#pragma once

#include <string>

namespace folio::style {

inline const char* const kStylesFolder = "styles";
inline const char* const kLayoutFolder = "layout";

bool is_path(const std::string& name_or_path);

// A relative path is taken relative to `base_dir` (the folder, the repository); names and
// absolute paths are returned as they are.
std::string relative_to(const std::string& name_or_path, const std::string& base_dir);

// True when `path` (followed through symbolic links, as far as it exists) lies in `folder` or a
// folder below it. Files an issue names are refused elsewhere (docs/limits.md, "Files").
bool is_within(const std::string& path, const std::string& folder);

// The file a name or path stands for. An unknown name throws folio::Error listing the names
// that exist: "unknown style 'fancy' (available: default, modern)". `kind` is "style", "layout".
std::string resolve_data_file(const std::string& name_or_path, const std::string& data_dir,
                              const std::string& folder, const std::string& kind);

inline std::string resolve_style_path(const std::string& name_or_path, const std::string& data_dir) {
  return resolve_data_file(name_or_path, data_dir, kStylesFolder, "style");
}
inline std::string resolve_layout_path(const std::string& name_or_path, const std::string& data_dir) {
  return resolve_data_file(name_or_path, data_dir, kLayoutFolder, "layout");
}

}  // namespace folio::style
