// Font lookups by (family, weight, italic) for the inline styler, cached, failing with the style
// file's name when a family is not among the fonts; and each family's fallback faces, in the
// order the style sheet's `font-fallback:` gives.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "font/font_db.hpp"
#include "style/style_sheet.hpp"

namespace folio::compose {

class FaceResolver {
 public:
  FaceResolver(const font::FontDb& fonts, const style::StyleSheet& sheet) : fonts_(fonts), sheet_(sheet) {}

  // `style_name` names the paragraph style asking, for the error message.
  font::FaceId resolve(const std::string& family, int weight, bool italic, const std::string& style_name);
  // The faces that draw what `family` lacks, in order, each the closest to weight and italic.
  const std::vector<font::FaceId>& fallback(const std::string& family, int weight, bool italic);
  const font::Face& face(font::FaceId id) const { return fonts_.face(id); }

 private:
  using Key = std::tuple<std::string, int, bool>;
  const font::FontDb& fonts_;
  const style::StyleSheet& sheet_;
  std::map<Key, font::FaceId> faces_;
  std::map<Key, std::vector<font::FaceId>> fallbacks_;
};

}  // namespace folio::compose
