#include "text/char_classes.hpp"

#include <unicode/uchar.h>

#include <cctype>
#include <cstring>

namespace folio::text {
namespace {

int east_asian_width(char32_t c) {
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
}

bool is_emoji(char32_t c) { return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EMOJI_PRESENTATION); }

}  // namespace

bool is_cjk(char32_t c) {
  const int w = east_asian_width(c);
  return (w == U_EA_WIDE || w == U_EA_FULLWIDTH) && !is_emoji(c) && c != U'\u3000';
}

bool is_spaced_alnum(char32_t c) { return u_isalnum(static_cast<UChar32>(c)) && !is_cjk(c); }

bool joins_previous(char32_t c) {
  const auto mask = U_GET_GC_MASK(static_cast<UChar32>(c));
  if (mask & (U_GC_MN_MASK | U_GC_ME_MASK | U_GC_MC_MASK)) return true;
  return c == U'\u200D' || c == U'\u20E3' || (c >= U'\uFE00' && c <= U'\uFE0F') ||
         (c >= U'\U0001F3FB' && c <= U'\U0001F3FF') || (c >= U'\U000E0020' && c <= U'\U000E007F') ||
         (c >= U'\U000E0100' && c <= U'\U000E01EF');
}

bool wants_emoji(char32_t c, char32_t next) {
  if (next == U'\uFE0F') return true;
  return next != U'\uFE0E' && is_emoji(c);
}

bool is_ambiguous_punctuation(char32_t c) {
  return east_asian_width(c) == U_EA_AMBIGUOUS && (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_P_MASK);
}

bool is_cjk_script(const std::string& script) {
  // Asked for every word shaped and placed: compared as 4 bytes, not as 5 C strings.
  if (script.size() != 4) return false;
  for (const char* cjk : {"Hani", "Hira", "Kana", "Bopo", "Hang"})
    if (std::memcmp(script.data(), cjk, 4) == 0) return true;
  return false;
}

bool is_cjk_language(const std::string& lang) {
  // Asked for every word: the primary subtag compared in place, without a lowered copy.
  if (lang.size() < 2 || (lang.size() > 2 && lang[2] != '-' && lang[2] != '_')) return false;
  const auto lower = [&lang](std::size_t i) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(lang[i])));
  };
  const char a = lower(0), b = lower(1);
  return (a == 'z' && b == 'h') || (a == 'j' && b == 'a') || (a == 'k' && b == 'o');
}

}  // namespace folio::text
