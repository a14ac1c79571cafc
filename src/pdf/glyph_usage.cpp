#include "pdf/glyph_usage.hpp"

#include "folio/diagnostic.hpp"
#include "pdf/pdf_number.hpp"

namespace folio::pdf {

bool drawable(const frame::GlyphRun& run) { return !run.glyphs.empty() && round3(to_pt(run.size)) > 0; }

std::vector<FontUsage> collect_glyph_usage(const frame::PagedDoc& doc) {
  std::vector<FontUsage> usage(doc.fonts.size());
  for (const auto& page : doc.pages) {
    for (const auto& run : page.runs) {
      if (!drawable(run)) continue;
      if (run.font < 0 || static_cast<std::size_t>(run.font) >= doc.fonts.size())
        throw Error(SourcePos{}, "glyph run uses font " + std::to_string(run.font) +
                                     " but the document has " + std::to_string(doc.fonts.size()) + " fonts");
      auto& map = usage[run.font].text_by_gid;
      for (const auto& g : run.glyphs) {
        auto it = map.try_emplace(g.gid).first;
        // Glyph 0 (.notdef) draws every character no font has, and one ToUnicode entry cannot
        // name them all: it reads as U+FFFD, not as whichever missing character came first.
        if (g.gid == 0)
          it->second = "\uFFFD";
        else if (it->second.empty() && !g.text.empty())
          it->second = g.text;
      }
    }
  }
  return usage;
}

}  // namespace folio::pdf
