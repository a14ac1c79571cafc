#include "pdf/font_source.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "folio/diagnostic.hpp"
#include "pdf/pdf_number.hpp"

namespace folio::pdf {
namespace {

int to1000(long units, unsigned upem) {
  return static_cast<int>(std::lround(static_cast<double>(units) * 1000.0 / upem));
}

// A PDF name must not hold delimiters or blanks; PostScript names rarely do, but a broken
// font should not break the file.
std::string clean_name(const char* s) {
  std::string out;
  for (; s && *s; ++s) {
    char c = *s;
    if (c > 32 && c < 127 && !std::strchr("[](){}<>/%#", c)) out += c;
  }
  return out.empty() ? "Font" : out;
}

bool is_serif(const TT_OS2* os2) {
  if (!os2) return false;
  int family_class = os2->sFamilyClass >> 8;
  if (family_class >= 1 && family_class <= 7 && family_class != 6) return true;
  // PANOSE Latin Text (2) with a serif style (Cove .. Triangle).
  return os2->panose[0] == 2 && os2->panose[1] >= 2 && os2->panose[1] <= 10;
}

}  // namespace

FontSource::FontSource(const frame::FontRef& ref) : path_(ref.path) {
  blob_ = hb_blob_create_from_file_or_fail(ref.path.c_str());
  if (!blob_) throw Error(SourcePos{ref.path}, "cannot read font file");
  if (ref.index < 0 || static_cast<unsigned>(ref.index) >= hb_face_count(blob_)) {
    hb_blob_destroy(blob_);
    throw Error(SourcePos{ref.path}, "font file has no face " + std::to_string(ref.index));
  }
  face_ = hb_face_create(blob_, static_cast<unsigned>(ref.index));
  font_ = hb_font_create(face_);  // scale = units per em, advances from hmtx
  num_glyphs_ = hb_face_get_glyph_count(face_);
  upem_ = hb_face_get_upem(face_);
  try {
    read_description(ref.index);
  } catch (...) {
    release();  // the destructor does not run when a constructor throws
    throw;
  }
}

FontSource::~FontSource() { release(); }

void FontSource::release() {
  hb_font_destroy(font_);
  hb_face_destroy(face_);
  hb_blob_destroy(blob_);
  font_ = nullptr;
  face_ = nullptr;
  blob_ = nullptr;
}

void FontSource::read_description(int index) {
  FT_Library lib = nullptr;
  if (FT_Init_FreeType(&lib)) throw Error(SourcePos{path_}, "cannot initialise FreeType");
  unsigned len = 0;
  const char* data = hb_blob_get_data(blob_, &len);
  FT_Face ft = nullptr;
  if (FT_New_Memory_Face(lib, reinterpret_cast<const FT_Byte*>(data), len, index, &ft)) {
    FT_Done_FreeType(lib);
    throw Error(SourcePos{path_}, "FreeType cannot open the font");
  }
  if (!FT_IS_SFNT(ft)) {
    FT_Done_Face(ft);
    FT_Done_FreeType(lib);
    throw Error(SourcePos{path_}, "only TrueType/OpenType fonts can be embedded");
  }
  auto* os2 = static_cast<const TT_OS2*>(FT_Get_Sfnt_Table(ft, FT_SFNT_OS2));
  auto* post = static_cast<const TT_Postscript*>(FT_Get_Sfnt_Table(ft, FT_SFNT_POST));

  desc_.postscript_name = clean_name(FT_Get_Postscript_Name(ft));
  desc_.bbox[0] = to1000(ft->bbox.xMin, upem_);
  desc_.bbox[1] = to1000(ft->bbox.yMin, upem_);
  desc_.bbox[2] = to1000(ft->bbox.xMax, upem_);
  desc_.bbox[3] = to1000(ft->bbox.yMax, upem_);
  desc_.ascent = to1000(ft->ascender, upem_);
  desc_.descent = to1000(ft->descender, upem_);
  desc_.cap_height =
      os2 && os2->version >= 2 && os2->sCapHeight > 0 ? to1000(os2->sCapHeight, upem_) : desc_.ascent;
  desc_.italic_angle = post ? round3(post->italicAngle / 65536.0) : 0;
  // TrueType has no stem width; this is the usual estimate from the weight class.
  double weight = os2 && os2->usWeightClass > 0 ? os2->usWeightClass : 400;
  desc_.stem_v = static_cast<int>(std::lround(50 + (weight / 65) * (weight / 65)));

  bool italic = desc_.italic_angle != 0 || (ft->style_flags & FT_STYLE_FLAG_ITALIC);
  // Symbolic (4): the Identity-H codes are glyph ids, not a standard Latin encoding.
  desc_.flags = 4;
  if (FT_IS_FIXED_WIDTH(ft)) desc_.flags |= 1;
  if (is_serif(os2)) desc_.flags |= 2;
  if (italic) desc_.flags |= 64;

  FT_Done_Face(ft);
  FT_Done_FreeType(lib);
}

double FontSource::width1000(std::uint32_t gid) const {
  return round3(hb_font_get_glyph_h_advance(font_, gid) * 1000.0 / upem_);
}

std::string FontSource::subset(const std::vector<std::uint32_t>& gids) const {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) throw Error(SourcePos{path_}, "out of memory while subsetting the font");
  hb_set_t* glyphs = hb_subset_input_glyph_set(input);
  hb_set_add(glyphs, 0);
  for (auto gid : gids) hb_set_add(glyphs, gid);
  // Kept ids mean the content streams need no rewriting; a PDF renderer ignores hinting
  // and OpenType layout, so dropping them only saves bytes. hb-subset empties glyph 0 unless
  // told otherwise: when text uses it (a character no bundled font has), keep its box visible.
  unsigned flags = HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING;
  if (std::find(gids.begin(), gids.end(), 0u) != gids.end()) flags |= HB_SUBSET_FLAGS_NOTDEF_OUTLINE;
  hb_subset_input_set_flags(input, flags);
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx", "kerx"})
    hb_set_add(drop, hb_tag_from_string(tag, 4));
  hb_face_t* sub = hb_subset_or_fail(face_, input);
  hb_subset_input_destroy(input);
  if (!sub) throw Error(SourcePos{path_}, "HarfBuzz cannot subset the font");
  hb_blob_t* blob = hb_face_reference_blob(sub);
  unsigned len = 0;
  const char* data = hb_blob_get_data(blob, &len);
  std::string bytes(data, len);
  hb_blob_destroy(blob);
  hb_face_destroy(sub);
  if (bytes.empty()) throw Error(SourcePos{path_}, "HarfBuzz produced an empty font subset");
  return bytes;
}

}  // namespace folio::pdf
