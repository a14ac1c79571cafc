// The ToUnicode CMap of a font: its codes (an Identity-H font's 2-byte CIDs, a Type3 font's
// bytes) to the UTF-16BE text they stand for, so readers can search and copy text (a ligature
// maps to several characters).
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace folio::pdf {

// UTF-8 to upper-case hex UTF-16BE ("fi" -> "00660069"); surrogate pairs above U+FFFF,
// U+FFFD for malformed input.
std::string utf8_to_utf16be_hex(const std::string& utf8);

// The CMap program for every code with non-empty text, in beginbfchar blocks of <= 100; codes of
// `code_bytes` bytes (2: a Type0 font's CIDs, 1: a Type3 font's codes).
std::string to_unicode_cmap(const std::map<std::uint32_t, std::string>& text_by_code, int code_bytes = 2);

}  // namespace folio::pdf
