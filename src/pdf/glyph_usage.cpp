#include "pdf/glyph_usage.hpp"

#include "folio/diagnostic.hpp"
#include "frame/flatten.hpp"
#include "pdf/pdf_number.hpp"

namespace folio::pdf {

bool drawable(const frame::GlyphRun& run) { return !run.glyphs.empty() && round3(to_pt(run.size)) > 0; }

namespace {

// What the map already says of a glyph, kept by gid so that the map is only touched when that
// changes: a page draws thousands of glyphs and a font has a few hundred distinct ones.
enum class Known : std::uint8_t { kNo, kWithoutText, kFinal };

}  // namespace

std::vector<FontUsage> collect_glyph_usage(const frame::PagedDoc& doc) {
  std::vector<FontUsage> usage(doc.fonts.size());
  std::vector<std::vector<Known>> known(doc.fonts.size());
  for (const auto& page : doc.pages) {
    for (const auto& placed : frame::flatten(page).runs) {
      const frame::GlyphRun& run = *placed;
      if (!drawable(run)) continue;
      const int font = doc.font_index(run.font);
      if (font < 0)
        throw Error(SourcePos{}, "glyph run uses font " + std::to_string(run.font) +
                                     ", which is not among the document's " + std::to_string(doc.fonts.size()) +
                                     " fonts");
      auto& map = usage[static_cast<std::size_t>(font)].text_by_gid;
      std::vector<Known>& seen = known[static_cast<std::size_t>(font)];
      for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
        const frame::Glyph& g = run.glyphs[i];
        const std::string_view text = run.text_of(i);
        if (g.gid >= seen.size()) seen.resize(g.gid + 1, Known::kNo);
        Known& k = seen[g.gid];
        if (k == Known::kFinal || (k == Known::kWithoutText && text.empty())) continue;
        auto it = map.try_emplace(g.gid).first;
        // Glyph 0 (.notdef) draws every character no font has, and one ToUnicode entry cannot
        // name them all: it reads as U+FFFD, not as whichever missing character came first.
        if (g.gid == 0)
          it->second = "\uFFFD";
        else if (it->second.empty() && !text.empty())
          it->second = text;
        k = it->second.empty() ? Known::kWithoutText : Known::kFinal;
      }
    }
  }
  return usage;
}

}  // namespace folio::pdf
