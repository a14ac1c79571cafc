// One font file opened for embedding: its hmtx widths, the numbers a PDF FontDescriptor
// needs, and hb-subset subsets. Opens the FontRef's file as a font::Face, so metrics are read
// in one place for layout and PDF alike; the PDF stage needs nothing from layout but the frame IR.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "font/face.hpp"
#include "frame/paged_doc.hpp"

namespace folio::pdf {

// FontDescriptor values, in PDF glyph space (1000 units per em).
struct FontDescription {
  std::string postscript_name;
  int flags = 0;
  int bbox[4] = {0, 0, 0, 0};
  int ascent = 0, descent = 0, cap_height = 0, stem_v = 0;
  double italic_angle = 0;
};

class FontSource {
 public:
  // Throws folio::Error (at the font's path) when the file or face cannot be read.
  explicit FontSource(const frame::FontRef& ref);
  const std::string& path() const { return face_.path(); }
  unsigned num_glyphs() const { return num_glyphs_; }
  const FontDescription& description() const { return desc_; }

  // The glyph's advance in 1000/em, rounded to 3 decimals: exactly what /W says, so the
  // content stream computes pen positions the way a reader will.
  double width1000(std::uint32_t gid) const;

  // An hb-subset of the face with `gids` plus glyph 0, glyph ids kept, hinting and layout
  // tables dropped. Throws folio::Error when HarfBuzz fails.
  std::string subset(const std::vector<std::uint32_t>& gids) const;

 private:
  font::Face face_;
  unsigned num_glyphs_ = 0;
  FontDescription desc_;
};

}  // namespace folio::pdf
