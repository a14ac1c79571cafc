#include "para/glyph_text.hpp"

#include <algorithm>

#include "common/utf8.hpp"

namespace folio::para {
namespace {

// The code points of `s`, each as its UTF-8 bytes.
std::vector<std::string_view> characters(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    next_code_point(s, i);
    out.push_back(s.substr(start, i - start));
  }
  return out;
}

}  // namespace

void glyph_texts(std::string_view s, const std::vector<text::ShapedGlyph>& glyphs, bool rtl,
                 GlyphTexts& out) {
  out.text.clear();
  out.ends.clear();
  const auto end_glyph = [&out] { out.ends.push_back(static_cast<std::uint32_t>(out.text.size())); };
  for (std::size_t a = 0; a < glyphs.size();) {
    std::size_t b = a;  // [a, b): the glyphs of one cluster, adjacent in visual order
    while (b < glyphs.size() && glyphs[b].cluster == glyphs[a].cluster) ++b;
    // The cluster's text runs to the next cluster in the text: the one after it in visual
    // order, or before it when right-to-left (clusters are monotone).
    std::size_t end = s.size();
    if (!rtl && b < glyphs.size()) end = glyphs[b].cluster;
    if (rtl && a > 0) end = glyphs[a - 1].cluster;
    const std::string_view cluster = s.substr(glyphs[a].cluster, end - glyphs[a].cluster);
    if (b == a + 1 && !rtl) {  // the common case: one glyph carries its cluster as it reads
      out.text += cluster;
      end_glyph();
      a = b;
      continue;
    }
    std::vector<std::string_view> chars = characters(cluster);
    if (rtl) std::reverse(chars.begin(), chars.end());
    if (chars.size() == b - a) {
      for (std::string_view c : chars) out.text += c, end_glyph();
    } else {
      // The glyph that comes first in reading order carries them all: the leftmost, or the
      // rightmost when right-to-left.
      for (std::size_t g = a; g < b; ++g) {
        if (g == (rtl ? b - 1 : a))
          for (std::string_view c : chars) out.text += c;
        end_glyph();
      }
    }
    a = b;
  }
}

}  // namespace folio::para
