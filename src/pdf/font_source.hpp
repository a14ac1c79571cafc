// One font file opened for embedding: its hmtx widths, the numbers a PDF FontDescriptor
// needs, and hb-subset subsets. Opens the FontRef's file as a font::Face, so metrics are read
// in one place for layout and PDF alike; the PDF stage needs nothing from layout but the frame IR.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
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

// What a font's glyphs are drawn with, which decides how it is embedded.
enum class Outlines {
  TrueType,      // glyf: a CIDFontType2 with FontFile2
  Cff,           // CFF in OpenType: a CIDFontType0 with FontFile3 (/CIDFontType0C for Noto CJK)
  ColorBitmaps,  // CBDT colour bitmaps (Noto Color Emoji): a Type3 font drawing images
};

// A subset font program. A content stream's code (CID) for a glyph is always its glyph id in
// the whole font, whatever the subset: so pages can be written before the subset is made.
struct FontSubset {
  std::string program;
  // Each glyph id asked for -> its glyph id in the subset, for a TrueType subset whose glyphs
  // are renumbered (written as the /CIDToGIDMap); empty when the ids are kept, and for CFF,
  // whose subset's charset makes each glyph's CID its glyph id in the whole font.
  std::map<std::uint32_t, std::uint32_t> renumbered;
  // `program` is a bare CID-keyed CFF (FontFile3 /CIDFontType0C), not an OpenType font.
  bool bare_cff = false;
};

// TrueType fonts up to this many glyphs keep their glyph ids in a subset (the content streams
// need no renumbering, and the empty slots cost little); bigger ones (CJK) are renumbered, as
// CFF fonts always are.
constexpr unsigned kRetainedGlyphLimit = 4096;

class FontSource {
 public:
  // Throws folio::Error (at the font's path) when the file or face cannot be read.
  // `open`: the face already open for `ref` (it must outlive this), used instead of opening the
  // file again: its pages are then resident once; null: opened here.
  explicit FontSource(const frame::FontRef& ref, const font::Face* open = nullptr);
  const std::string& path() const { return face_.path(); }
  unsigned num_glyphs() const { return num_glyphs_; }
  Outlines outlines() const { return outlines_; }
  const font::Face& face() const { return face_; }
  const FontDescription& description() const { return desc_; }

  // The glyph's advance in 1000/em, rounded to 3 decimals: exactly what /W says, so the
  // content stream computes pen positions the way a reader will.
  double width1000(std::uint32_t gid) const;

  // An hb-subset of the face with `gids` plus glyph 0, hinting and layout tables dropped; glyph
  // ids kept up to kRetainedGlyphLimit (TrueType), else renumbered. Deterministic. Throws
  // folio::Error when HarfBuzz fails, the font has no outlines, or a CFF subset's CIDs cannot
  // be made the font's glyph ids.
  FontSubset subset(const std::vector<std::uint32_t>& gids) const;

 private:
  std::unique_ptr<font::Face> own_;  // when no open face was given
  const font::Face& face_;
  unsigned num_glyphs_ = 0;
  Outlines outlines_ = Outlines::TrueType;
  bool cid_keyed_ = false;  // a CFF with an ROS: its subsets' CIDs are made the font's glyph ids
  FontDescription desc_;
};

}  // namespace folio::pdf
