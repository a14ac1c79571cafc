#include "text/case_mapping.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace folio::text {

std::string uppercase(std::string_view utf8, const std::string& lang) {
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s.toUpper(icu::Locale(lang.c_str()));
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace folio::text
