#include "font/face.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H
#include FT_TRUETYPE_TABLES_H
#include <hb-ot.h>
#include <hb.h>

#include <algorithm>
#include <mutex>

#include "folio/diagnostic.hpp"

namespace folio::font {
namespace {

// One FreeType library for the process. FreeType requires FT_New_Face/FT_Done_Face on one
// library to be serialized, hence the mutex. Deliberately never destroyed: a Face held in a
// static could otherwise outlive it at exit.
struct FtLibrary {
  FT_Library lib = nullptr;
  std::mutex mutex;
};

FtLibrary& ft_library() {
  static FtLibrary* instance = [] {
    auto* l = new FtLibrary;
    if (FT_Init_FreeType(&l->lib) != 0) throw Error(SourcePos{}, "cannot initialise FreeType");
    return l;
  }();
  return *instance;
}

// Cap or x height from a glyph's outline, for fonts whose OS/2 table predates version 2.
int glyph_top(FT_Face face, char32_t cp, int fallback) {
  FT_UInt gid = FT_Get_Char_Index(face, cp);
  if (gid == 0 || FT_Load_Glyph(face, gid, FT_LOAD_NO_SCALE) != 0) return fallback;
  FT_BBox box;
  FT_Outline_Get_CBox(&face->glyph->outline, &box);
  return static_cast<int>(box.yMax);
}

bool is_serif(const TT_OS2* os2, const std::string& family) {
  if (os2) {
    int family_class = os2->sFamilyClass >> 8;  // IBM font class: 1-5 and 7 are serif, 8 sans
    if ((family_class >= 1 && family_class <= 5) || family_class == 7) return true;
    if (family_class == 8) return false;
    if (os2->panose[0] == 2) return os2->panose[1] >= 2 && os2->panose[1] <= 10;  // Latin text
  }
  return family.find("Serif") != std::string::npos && family.find("Sans") == std::string::npos;
}

void read_metrics(FT_Face ft, const std::string& family, FaceMetrics& m, bool& italic) {
  m.units_per_em = ft->units_per_EM;
  if (m.units_per_em == 0) {  // a bitmap-only font (colour emoji): FreeType leaves it unset
    auto* head = static_cast<TT_Header*>(FT_Get_Sfnt_Table(ft, FT_SFNT_HEAD));
    m.units_per_em = head && head->Units_Per_EM ? head->Units_Per_EM : 1000;
  }
  m.ascender = ft->ascender;  // FreeType: hhea, or OS/2 typo when hhea is empty
  m.descender = ft->descender;
  if (m.ascender == 0 && m.descender == 0)  // a bitmap-only font: FreeType leaves them unset
    if (auto* hhea = static_cast<TT_HoriHeader*>(FT_Get_Sfnt_Table(ft, FT_SFNT_HHEA))) {
      m.ascender = hhea->Ascender;
      m.descender = hhea->Descender;
    }
  m.bbox[0] = static_cast<int>(ft->bbox.xMin);
  m.bbox[1] = static_cast<int>(ft->bbox.yMin);
  m.bbox[2] = static_cast<int>(ft->bbox.xMax);
  m.bbox[3] = static_cast<int>(ft->bbox.yMax);
  m.fixed_pitch = FT_IS_FIXED_WIDTH(ft);
  italic = (ft->style_flags & FT_STYLE_FLAG_ITALIC) != 0;

  auto* os2 = static_cast<TT_OS2*>(FT_Get_Sfnt_Table(ft, FT_SFNT_OS2));
  if (os2 && os2->version != 0xFFFF) {
    if (os2->fsSelection & (1u << 7)) {  // USE_TYPO_METRICS: the font asks for these
      m.ascender = os2->sTypoAscender;
      m.descender = os2->sTypoDescender;
    }
    m.weight_class = os2->usWeightClass;
    m.superscript_size = os2->ySuperscriptYSize;
    m.superscript_offset = os2->ySuperscriptYOffset;
    m.subscript_size = os2->ySubscriptYSize;
    m.subscript_offset = os2->ySubscriptYOffset;
    if (os2->version >= 2) {
      m.cap_height = os2->sCapHeight;
      m.x_height = os2->sxHeight;
    }
    italic = italic || (os2->fsSelection & 1u);
  } else {
    m.weight_class = (ft->style_flags & FT_STYLE_FLAG_BOLD) ? 700 : 400;
    m.superscript_size = m.subscript_size = m.units_per_em * 2 / 3;
    m.superscript_offset = m.units_per_em / 3;
    m.subscript_offset = m.units_per_em / 7;
  }
  if (m.cap_height == 0) m.cap_height = glyph_top(ft, 'H', m.ascender * 7 / 10);
  if (m.x_height == 0) m.x_height = glyph_top(ft, 'x', m.ascender / 2);

  // The post table holds the top of the underline; FreeType's underline_position field is
  // shifted to the stem's centre, so read the table itself.
  auto* post = static_cast<TT_Postscript*>(FT_Get_Sfnt_Table(ft, FT_SFNT_POST));
  if (post) {
    m.underline_position = post->underlinePosition;
    m.underline_thickness = post->underlineThickness;
    m.italic_angle = post->italicAngle / 65536.0;
    m.fixed_pitch = m.fixed_pitch || post->isFixedPitch != 0;
  } else {
    m.underline_thickness = ft->underline_thickness;
    m.underline_position = ft->underline_position + ft->underline_thickness / 2;
  }
  if (m.underline_thickness <= 0) m.underline_thickness = m.units_per_em / 20;
  m.serif = is_serif(os2, family);
}

}  // namespace

Face::Face(FaceId id, const std::string& path, int index) : id_(id), path_(path), index_(index) {
  // One mapping of the file for both libraries: FreeType reads HarfBuzz's blob (which the
  // hb_face_ keeps), so the pages both touch are resident once, not twice.
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
  if (!blob) throw Error(SourcePos{path, 0, 0}, "cannot read font file");
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  FtLibrary& ftl = ft_library();
  {
    std::lock_guard<std::mutex> lock(ftl.mutex);
    if (FT_New_Memory_Face(ftl.lib, reinterpret_cast<const FT_Byte*>(data), static_cast<FT_Long>(length), index,
                           &ft_face_) != 0) {
      ft_face_ = nullptr;
      hb_blob_destroy(blob);  // no destructor runs for a throwing constructor
      throw Error(SourcePos{path, 0, 0}, "cannot open font file (index " + std::to_string(index) + ")");
    }
  }
  hb_face_ = hb_face_create(blob, static_cast<unsigned>(index));
  hb_blob_destroy(blob);  // the face keeps its own reference, and so FreeType's data, until ~Face
  if (ft_face_->family_name) family_ = ft_face_->family_name;
  fs_type_ = FT_Get_FSType_Flags(ft_face_);
  color_bitmaps_ = FT_HAS_COLOR(ft_face_) && FT_HAS_FIXED_SIZES(ft_face_) && ft_face_->num_fixed_sizes > 0;
  if (const char* ps = FT_Get_Postscript_Name(ft_face_)) postscript_name_ = ps;
  read_metrics(ft_face_, family_, metrics_, italic_);

  hb_font_ = hb_font_create(hb_face_);  // OpenType functions are the default
  // Scale = units per em: positions come out as exact integers in font units.
  hb_font_set_scale(hb_font_, metrics_.units_per_em, metrics_.units_per_em);
  hb_font_make_immutable(hb_font_);
}

Face::~Face() {
  if (ft_face_) {  // first: it reads the blob the hb_face_ holds
    FtLibrary& ftl = ft_library();
    std::lock_guard<std::mutex> lock(ftl.mutex);
    FT_Done_Face(ft_face_);
    ft_face_ = nullptr;
  }
  if (hb_font_) hb_font_destroy(hb_font_);
  if (hb_face_) hb_face_destroy(hb_face_);
  hb_font_ = nullptr;
  hb_face_ = nullptr;
}

bool Face::has_char(char32_t cp) const { return glyph_for(cp) != 0; }

std::uint32_t Face::glyph_for(char32_t cp) const {
  hb_codepoint_t gid = 0;
  if (!hb_font_get_nominal_glyph(hb_font_, cp, &gid)) return 0;
  return gid;
}

int Face::advance(std::uint32_t gid) const { return hb_font_get_glyph_h_advance(hb_font_, gid); }

std::optional<ColorBitmap> Face::color_bitmap(std::uint32_t gid) const {
  if (!color_bitmaps_) return std::nullopt;
  std::lock_guard<std::mutex> lock(glyph_slot_);
  // The largest strike: the sharpest picture (Noto Color Emoji has one, 109 ppem).
  int strike = 0;
  for (int i = 1; i < ft_face_->num_fixed_sizes; ++i)
    if (ft_face_->available_sizes[i].y_ppem > ft_face_->available_sizes[strike].y_ppem) strike = i;
  if (FT_Select_Size(ft_face_, strike) != 0 || FT_Load_Glyph(ft_face_, gid, FT_LOAD_COLOR) != 0)
    return std::nullopt;
  const FT_GlyphSlot slot = ft_face_->glyph;
  const FT_Bitmap& bm = slot->bitmap;
  if (bm.pixel_mode != FT_PIXEL_MODE_BGRA || bm.width == 0 || bm.rows == 0) return std::nullopt;
  ColorBitmap out;
  out.width = static_cast<int>(bm.width);
  out.height = static_cast<int>(bm.rows);
  out.left = slot->bitmap_left;
  out.top = slot->bitmap_top;
  out.ppem = static_cast<int>(ft_face_->size->metrics.y_ppem);
  out.rgba.resize(static_cast<std::size_t>(out.width) * out.height * 4);
  for (int y = 0; y < out.height; ++y) {
    const unsigned char* row = bm.buffer + static_cast<std::ptrdiff_t>(y) * bm.pitch;
    for (int x = 0; x < out.width; ++x) {
      const unsigned char* px = row + 4 * x;  // B G R A, premultiplied by alpha
      std::uint8_t* o = &out.rgba[(static_cast<std::size_t>(y) * out.width + x) * 4];
      const unsigned a = px[3];
      const auto straight = [a](unsigned v) { return static_cast<std::uint8_t>(a ? std::min(255u, (v * 255 + a / 2) / a) : 0); };
      o[0] = straight(px[2]);
      o[1] = straight(px[1]);
      o[2] = straight(px[0]);
      o[3] = static_cast<std::uint8_t>(a);
    }
  }
  return out;
}

}  // namespace folio::font
