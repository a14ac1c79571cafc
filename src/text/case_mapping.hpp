// Language-aware case mapping (ICU): "straße" upper-cases to "STRASSE", Turkish i to İ.
#pragma once

#include <string>
#include <string_view>

namespace folio::text {

std::string uppercase(std::string_view utf8, const std::string& lang);

}  // namespace folio::text
