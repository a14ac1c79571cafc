#include "pipeline/shared_resources.hpp"

namespace folio {

Resources::Resources() : shared_(std::make_unique<Shared>()) {}
Resources::~Resources() = default;

// Loading under the lock: a second render wanting the same fonts would have to wait for them
// anyway, and loading twice would waste the work.
Resources::Shared::Fonts& Resources::Shared::fonts(const std::string& fonts_dir,
                                                   const std::vector<std::string>& extra_files) {
  std::string key = fonts_dir;  // one database per folder and list of a style's files
  for (const std::string& f : extra_files) key += '\n' + f;
  std::lock_guard<std::mutex> lock(mutex_);
  std::unique_ptr<Fonts>& slot = fonts_[key];
  if (!slot) slot = std::make_unique<Fonts>(fonts_dir, extra_files);
  return *slot;
}

const text::Hyphenator& Resources::Shared::hyphenator(const std::string& dic_path) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::unique_ptr<text::Hyphenator>& slot = hyphenators_[dic_path];
  if (!slot) slot = std::make_unique<text::Hyphenator>(dic_path);
  return *slot;
}

}  // namespace folio
