// One font face: FreeType for loading, metrics and colour bitmaps, HarfBuzz (OpenType functions,
// font units) for shaping. Immutable after construction, so threads may share it.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

struct hb_font_t;
struct hb_face_t;
struct FT_FaceRec_;

namespace folio::font {

using FaceId = int;

// All values in font units (at units_per_em); y values positive upwards.
struct FaceMetrics {
  int units_per_em = 1000;
  int ascender = 0;
  int descender = 0;  // negative
  int cap_height = 0;
  int x_height = 0;
  int underline_position = 0;  // top of the underline relative to the baseline, negative below
  int underline_thickness = 0;
  int bbox[4] = {0, 0, 0, 0};  // xMin yMin xMax yMax
  double italic_angle = 0;
  int superscript_size = 0;    // OS/2 ySuperscriptYSize
  int superscript_offset = 0;  // OS/2 ySuperscriptYOffset (positive up)
  int subscript_size = 0;
  int subscript_offset = 0;  // OS/2 ySubscriptYOffset (positive down)
  int weight_class = 400;
  bool fixed_pitch = false;
  bool serif = false;  // for the PDF FontDescriptor flags
};

// A glyph of a colour bitmap font (an emoji) as FreeType decodes it: straight (not
// premultiplied) RGBA rows, top row first, and where the bitmap sits at its strike's size.
struct ColorBitmap {
  int width = 0, height = 0;  // pixels
  int left = 0, top = 0;      // pixels from the pen position to the left edge and up to the top edge
  int ppem = 0;               // the strike's pixels per em: the bitmap's scale
  std::vector<std::uint8_t> rgba;
};

class Face {
 public:
  // Throws folio::Error when FreeType cannot open the file.
  Face(FaceId id, const std::string& path, int index);
  ~Face();
  Face(const Face&) = delete;
  Face& operator=(const Face&) = delete;

  FaceId id() const { return id_; }
  const std::string& path() const { return path_; }
  int index() const { return index_; }
  const std::string& family() const { return family_; }
  const std::string& postscript_name() const { return postscript_name_; }
  int weight() const { return metrics_.weight_class; }
  bool italic() const { return italic_; }
  const FaceMetrics& metrics() const { return metrics_; }

  bool has_char(char32_t cp) const;
  std::uint32_t glyph_for(char32_t cp) const;      // 0 when missing
  int advance(std::uint32_t gid) const;            // horizontal advance in font units
  hb_font_t* hb_font() const { return hb_font_; }  // scale = units_per_em
  hb_face_t* hb_face() const { return hb_face_; }  // for subsetting

  // The OS/2 fsType embedding bits (0 when the font has no OS/2 table): 0x0002 is a restricted
  // licence, which forbids embedding the font in a document.
  unsigned fs_type() const { return fs_type_; }
  static constexpr unsigned kRestrictedLicense = 0x0002;
  // Whether the glyphs are colour bitmaps (CBDT/sbix, as in Noto Color Emoji) rather than outlines.
  bool has_color_bitmaps() const { return color_bitmaps_; }
  // The colour bitmap of `gid`; nullopt for a font without them or a glyph without one.
  std::optional<ColorBitmap> color_bitmap(std::uint32_t gid) const;

 private:
  FaceId id_;
  std::string path_;
  int index_;
  std::string family_, postscript_name_;
  bool italic_ = false;
  bool color_bitmaps_ = false;
  unsigned fs_type_ = 0;
  FaceMetrics metrics_;
  mutable std::mutex glyph_slot_;  // FreeType's one glyph slot per face: color_bitmap() writes it
  FT_FaceRec_* ft_face_ = nullptr;
  hb_face_t* hb_face_ = nullptr;
  hb_font_t* hb_font_ = nullptr;
};

}  // namespace folio::font
