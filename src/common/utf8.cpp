#include "common/utf8.hpp"

#include <unicode/utf8.h>

namespace folio {

char32_t next_code_point(std::string_view s, std::size_t& i) {
  UChar32 c = 0;
  auto pos = static_cast<int32_t>(i);
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  i = static_cast<std::size_t>(pos);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  UChar32 c = 0;
  auto pos = static_cast<int32_t>(i);
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  return c < 0 ? 0 : static_cast<std::size_t>(pos) - i;
}

void append_utf8(std::string& out, char32_t cp) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(cp));
  out.append(buf, static_cast<std::size_t>(n));
}

}  // namespace folio
