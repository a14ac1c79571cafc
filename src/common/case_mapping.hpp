// Unicode case mapping for every stage (ICU's full mappings, in the language), so a
// template's {issue|upper} and a style's `text-transform: uppercase` set a word alike:
// "Maß 2025" upper-cases to "MASS 2025", and in Turkish (`lang: tr`) "i" to "İ".
#pragma once

#include <string>
#include <string_view>

namespace folio {

// `utf8` must be valid UTF-8 (the input stage checks issue files); `lang` is a BCP 47 tag.
std::string uppercase(std::string_view utf8, const std::string& lang);
std::string lowercase(std::string_view utf8, const std::string& lang);

}  // namespace folio
