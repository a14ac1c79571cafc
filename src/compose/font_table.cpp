#include "compose/font_table.hpp"

#include "frame/flatten.hpp"

namespace folio::compose {

void FontTable::add(const frame::Frame& frame) { add(frame::flatten(frame)); }

void FontTable::add(const frame::Flat& flat) {
  for (const frame::Placed<frame::GlyphRun>& run : flat.runs) {
    if (!listed_.insert(run->font).second) continue;
    const font::Face& face = fonts_.face(run->font);
    refs_.push_back(frame::FontRef{run->font, face.path(), face.index()});
  }
}

}  // namespace folio::compose
