#include "para/glyph_text.hpp"

#include <algorithm>

#include "common/utf8.hpp"

namespace folio::para {
namespace {

// The code points of `s`, each as its UTF-8 bytes.
std::vector<std::string> characters(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    next_code_point(s, i);
    out.emplace_back(s.substr(start, i - start));
  }
  return out;
}

}  // namespace

std::vector<std::string> glyph_texts(std::string_view s, const std::vector<text::ShapedGlyph>& glyphs, bool rtl) {
  std::vector<std::string> out(glyphs.size());
  for (std::size_t a = 0; a < glyphs.size();) {
    std::size_t b = a;  // [a, b): the glyphs of one cluster, adjacent in visual order
    while (b < glyphs.size() && glyphs[b].cluster == glyphs[a].cluster) ++b;
    // The cluster's text runs to the next cluster in the text (clusters are monotone).
    std::size_t end = s.size();
    for (const text::ShapedGlyph& g : glyphs)
      if (g.cluster > glyphs[a].cluster) end = std::min<std::size_t>(end, g.cluster);
    std::vector<std::string> chars = characters(s.substr(glyphs[a].cluster, end - glyphs[a].cluster));
    if (rtl) std::reverse(chars.begin(), chars.end());
    if (chars.size() == b - a) {
      for (std::size_t k = 0; k < chars.size(); ++k) out[a + k] = chars[k];
    } else {
      // The glyph that comes first in reading order: the leftmost, or the rightmost when right-to-left.
      std::string& all = out[rtl ? b - 1 : a];
      for (const std::string& c : chars) all += c;
    }
    a = b;
  }
  return out;
}

}  // namespace folio::para
