#include "text/cjk_punctuation.hpp"

#include <unicode/uchar.h>

#include <vector>

#include "common/utf8.hpp"
#include "text/char_classes.hpp"

namespace folio::text {
namespace {

enum class Mark { None, Opening, Closing };

// Full-width punctuation of CJK text: brackets and quotes that open, and those that close along
// with the commas and stops (set at the left of their em in Chinese fonts).
Mark mark_of(char32_t c) {
  if (!is_cjk(c) && !is_ambiguous_punctuation(c)) return Mark::None;
  const auto gc = U_GET_GC_MASK(static_cast<UChar32>(c));
  if (gc & (U_GC_PS_MASK | U_GC_PI_MASK)) return Mark::Opening;
  if (gc & (U_GC_PE_MASK | U_GC_PF_MASK | U_GC_PO_MASK)) return Mark::Closing;
  return Mark::None;
}

struct Char {
  std::size_t start, end;
  Mark mark;
};

void add(std::string& out, const Char& c) {
  if (!out.empty()) out += ',';
  out += "halt[" + std::to_string(c.start) + ":" + std::to_string(c.end) + "]";
}

}  // namespace

std::string punctuation_compression(std::string_view utf8) {
  std::vector<Char> chars;
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t start = i;
    const char32_t c = next_code_point(utf8, i);
    chars.push_back(Char{start, i, mark_of(c)});
  }
  std::string out;
  for (std::size_t k = 0; k + 1 < chars.size(); ++k) {
    const Char& a = chars[k];
    const Char& b = chars[k + 1];
    if (a.mark == Mark::None || b.mark == Mark::None) continue;
    if (a.mark == Mark::Closing)
      add(out, a);
    else if (b.mark == Mark::Opening)
      add(out, b);
  }
  return out;
}

}  // namespace folio::text
