// UTF-8 for the whole engine, through ICU's macros (U8_NEXT, U8_APPEND_UNSAFE): one decoder,
// with ICU's rules for what is malformed (overlong forms, surrogates, values past U+10FFFF).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio {

// The code point at s[i]; advances i past it. A malformed sequence gives U+FFFD and advances
// past its maximal valid prefix (at least one byte), as ICU does.
char32_t next_code_point(std::string_view s, std::size_t& i);

// The length of the well-formed UTF-8 sequence at s[i], or 0 when it is malformed.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// Appends `cp` (a valid scalar value) as UTF-8.
void append_utf8(std::string& out, char32_t cp);

// True for a byte that continues a sequence rather than starting one.
inline bool is_utf8_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace folio
