#include "pdf/to_unicode.hpp"

#include <vector>

#include "common/utf8.hpp"

namespace folio::pdf {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

void append_hex(std::string& out, unsigned v, int bytes) {
  for (int shift = 8 * bytes - 4; shift >= 0; shift -= 4) out += kHex[(v >> shift) & 0xF];
}

void append_hex16(std::string& out, unsigned v) { append_hex(out, v, 2); }

}  // namespace

std::string utf8_to_utf16be_hex(const std::string& utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t cp = next_code_point(utf8, i);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      append_hex16(out, 0xD800 + (cp >> 10));
      append_hex16(out, 0xDC00 + (cp & 0x3FF));
    } else {
      append_hex16(out, cp);
    }
  }
  return out;
}

std::string to_unicode_cmap(const std::map<std::uint32_t, std::string>& text_by_code, int code_bytes) {
  std::vector<std::pair<std::uint32_t, std::string>> entries;
  for (const auto& [code, text] : text_by_code)
    if (!text.empty()) entries.emplace_back(code, utf8_to_utf16be_hex(text));

  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n";
  out += code_bytes == 1 ? "<00> <FF>\n" : "<0000> <FFFF>\n";
  out += "endcodespacerange\n";
  for (std::size_t start = 0; start < entries.size(); start += 100) {
    std::size_t end = std::min(entries.size(), start + 100);
    out += std::to_string(end - start) + " beginbfchar\n";
    for (std::size_t k = start; k < end; ++k) {
      out += '<';
      append_hex(out, entries[k].first, code_bytes);
      out += "> <" + entries[k].second + ">\n";
    }
    out += "endbfchar\n";
  }
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

}  // namespace folio::pdf
