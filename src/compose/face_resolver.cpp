#include "compose/face_resolver.hpp"

#include <optional>

#include "folio/diagnostic.hpp"

namespace folio::compose {

font::FaceId FaceResolver::resolve(const std::string& family, int weight, bool italic,
                                   const std::string& style_name) {
  const Key key{family, weight, italic};
  auto it = faces_.find(key);
  if (it != faces_.end()) return it->second;
  const std::optional<font::FaceId> id = fonts_.find(family, weight, italic);
  if (!id) {
    std::string have;
    for (const std::string& f : fonts_.families()) have += (have.empty() ? "" : ", ") + f;
    throw Error(SourcePos{sheet_.path}, "style '" + style_name + "' asks for font family '" + family +
                                            "', which is not among the bundled fonts (" + have + ")");
  }
  faces_.emplace(key, *id);
  return *id;
}

const std::vector<font::FaceId>& FaceResolver::fallback(const std::string& family, int weight, bool italic) {
  const Key key{family, weight, italic};
  auto it = fallbacks_.find(key);
  if (it != fallbacks_.end()) return it->second;
  const std::optional<font::FaceId> own = fonts_.find(family, weight, italic);
  const bool serif = own && fonts_.face(*own).metrics().serif;
  std::vector<std::string> families;
  for (const style::FallbackFamily& f : sheet_.fallback_for(family, serif)) families.push_back(f.family);
  return fallbacks_.emplace(key, fonts_.chain(families, weight, italic)).first->second;
}

}  // namespace folio::compose
