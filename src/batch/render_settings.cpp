#include "batch/render_settings.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "batch/file_hasher.hpp"
#include "common/hash.hpp"
#include "folio/folio.hpp"

namespace folio::batch {
namespace {

namespace fs = std::filesystem;

// Fontconfig scans the folder recursively, so the listing is recursive too.
std::string listing_hash(const fs::path& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec)) names.push_back(it->path().lexically_relative(dir).generic_string());
  std::sort(names.begin(), names.end());
  Fnv1a h;
  for (const std::string& name : names) {
    h.add(name);
    h.add(std::string_view("\n"));
  }
  return hex64(h.value());
}

}  // namespace

RenderSettings current_settings(const std::string& data_dir, bool allow_outside_images) {
  RenderSettings s;
  s.folio_version = version();
  s.data_dir = normal_path(data_dir.empty() ? default_data_dir() : data_dir);
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  s.source_date_epoch = epoch ? epoch : "";
  s.font_folder = listing_hash(fs::path(s.data_dir) / "fonts");
  s.allow_outside_images = allow_outside_images;
  return s;
}

}  // namespace folio::batch
