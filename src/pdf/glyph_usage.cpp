#include "pdf/glyph_usage.hpp"

#include <algorithm>
#include <stdexcept>

#include "pdf/pdf_number.hpp"

namespace folio::pdf {

bool drawable(const frame::GlyphRun& run) { return !run.glyphs.empty() && round3(to_pt(run.size)) > 0; }

std::vector<FontUsage> page_glyph_usage(const frame::Flat& page, const std::vector<frame::FontId>& fonts) {
  std::vector<FontUsage> usage(fonts.size());
  for (const auto& placed : page.runs) {
    const frame::GlyphRun& run = *placed;
    if (!drawable(run)) continue;
    const auto font = std::find(fonts.begin(), fonts.end(), run.font);
    if (font == fonts.end())
      throw std::invalid_argument("page_glyph_usage: a run names font " + std::to_string(run.font) +
                                  ", which is not among the fonts given");
    auto& map = usage[static_cast<std::size_t>(font - fonts.begin())].text_by_gid;
    for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
      const frame::Glyph& g = run.glyphs[i];
      auto it = map.try_emplace(g.gid).first;
      // Glyph 0 (.notdef) draws every character no font has, and one ToUnicode entry cannot
      // name them all: it reads as U+FFFD, not as whichever missing character came first.
      if (g.gid == 0)
        it->second = "\uFFFD";
      else if (it->second.empty())
        it->second = std::string(run.text_of(i));
    }
  }
  return usage;
}

void GlyphUsage::add(std::size_t page, std::vector<FontUsage> usage) {
  if (fonts_.size() < usage.size()) fonts_.resize(usage.size());
  for (std::size_t f = 0; f < usage.size(); ++f) {
    for (auto& [gid, text] : usage[f].text_by_gid) {
      const auto [it, added] = fonts_[f].try_emplace(gid, Text{text, page});
      Text& known = it->second;
      if (!added && !text.empty() && (known.text.empty() || page < known.page)) known = Text{std::move(text), page};
    }
  }
}

FontUsage GlyphUsage::font(std::size_t index) const {
  FontUsage out;
  if (index < fonts_.size())
    for (const auto& [gid, text] : fonts_[index]) out.text_by_gid.emplace_hint(out.text_by_gid.end(), gid, text.text);
  return out;
}

}  // namespace folio::pdf
