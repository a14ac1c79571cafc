#include "text/feature_coverage.hpp"

#include "text/shaper.hpp"

namespace folio::text {

bool feature_covers(const font::Face& face, std::string_view text, const std::string& feature) {
  if (text.empty()) return false;
  ShapeRequest plain;
  plain.text = text;
  ShapeRequest with = plain;
  with.features = feature;
  const std::vector<ShapedGlyph> a = shape(face, plain);
  const std::vector<ShapedGlyph> b = shape(face, with);
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].gid == b[i].gid) return false;
  return true;
}

}  // namespace folio::text
