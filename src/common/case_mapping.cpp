#include "common/case_mapping.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace folio {
namespace {

std::string change_case(std::string_view utf8, const std::string& lang, bool upper) {
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  const icu::Locale locale(lang.c_str());
  if (upper)
    s.toUpper(locale);
  else
    s.toLower(locale);
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

std::string uppercase(std::string_view utf8, const std::string& lang) {
  return change_case(utf8, lang, true);
}

std::string lowercase(std::string_view utf8, const std::string& lang) {
  return change_case(utf8, lang, false);
}

}  // namespace folio
