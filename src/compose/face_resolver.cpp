#include "compose/face_resolver.hpp"

#include <optional>

#include "folio/diagnostic.hpp"

namespace folio::compose {

font::FaceId FaceResolver::resolve(const std::string& family, int weight, bool italic,
                                   const std::string& style_name) {
  const auto key = std::make_tuple(family, weight, italic);
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  const std::optional<font::FaceId> id = fonts_.find(family, weight, italic);
  if (!id) {
    std::string have;
    for (const std::string& f : fonts_.families()) have += (have.empty() ? "" : ", ") + f;
    throw Error(SourcePos{style_path_}, "style '" + style_name + "' asks for font family '" + family +
                                            "', which is not among the bundled fonts (" + have + ")");
  }
  cache_.emplace(key, *id);
  return *id;
}

}  // namespace folio::compose
