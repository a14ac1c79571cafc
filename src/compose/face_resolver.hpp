// Font lookups by (family, weight, italic) for the inline styler, cached, failing with the style
// file's name when a family is not among the bundled fonts.
#pragma once

#include <map>
#include <string>
#include <tuple>

#include "font/font_db.hpp"

namespace folio::compose {

class FaceResolver {
 public:
  FaceResolver(const font::FontDb& fonts, std::string style_path)
      : fonts_(fonts), style_path_(std::move(style_path)) {}

  // `style_name` names the paragraph style asking, for the error message.
  font::FaceId resolve(const std::string& family, int weight, bool italic, const std::string& style_name);
  const font::Face& face(font::FaceId id) const { return fonts_.face(id); }

 private:
  const font::FontDb& fonts_;
  std::string style_path_;
  std::map<std::tuple<std::string, int, bool>, font::FaceId> cache_;
};

}  // namespace folio::compose
