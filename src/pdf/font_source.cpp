#include "pdf/font_source.hpp"

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "folio/diagnostic.hpp"
#include "pdf/cff_charset.hpp"
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

}  // namespace

// A face given for another file than the ref's is not used (the ref says what is embedded).
FontSource::FontSource(const frame::FontRef& ref, const font::Face* open)
    : own_(open && open->path() == ref.path && open->index() == ref.index
               ? nullptr
               : std::make_unique<font::Face>(-1, ref.path, ref.index)),
      face_(own_ ? *own_ : *open) {
  num_glyphs_ = hb_face_get_glyph_count(face_.hb_face());
  hb_blob_t* cff = hb_face_reference_table(face_.hb_face(), HB_TAG('C', 'F', 'F', ' '));
  unsigned cff_length = 0;
  const char* cff_data = hb_blob_get_data(cff, &cff_length);
  const bool has_cff = cff_length > 0;
  cid_keyed_ = has_cff && cid_keyed(std::string_view(cff_data, cff_length));
  hb_blob_destroy(cff);
  outlines_ = face_.has_color_bitmaps() ? Outlines::ColorBitmaps : has_cff ? Outlines::Cff : Outlines::TrueType;
  const font::FaceMetrics& m = face_.metrics();
  const unsigned upem = static_cast<unsigned>(m.units_per_em);
  desc_.postscript_name = clean_name(face_.postscript_name().c_str());
  for (int i = 0; i < 4; ++i) desc_.bbox[i] = to1000(m.bbox[i], upem);
  desc_.ascent = to1000(m.ascender, upem);
  desc_.descent = to1000(m.descender, upem);
  desc_.cap_height = to1000(m.cap_height, upem);
  desc_.italic_angle = round3(m.italic_angle);
  // TrueType has no stem width; this is the usual estimate from the weight class.
  const double weight = m.weight_class > 0 ? m.weight_class : 400;
  desc_.stem_v = static_cast<int>(std::lround(50 + (weight / 65) * (weight / 65)));
  // Symbolic (4): the Identity-H codes are glyph ids, not a standard Latin encoding.
  desc_.flags = 4;
  if (m.fixed_pitch) desc_.flags |= 1;
  if (m.serif) desc_.flags |= 2;
  if (face_.italic() || desc_.italic_angle != 0) desc_.flags |= 64;
}

double FontSource::width1000(std::uint32_t gid) const {
  return round3(face_.advance(gid) * 1000.0 / face_.metrics().units_per_em);
}

FontSubset FontSource::subset(const std::vector<std::uint32_t>& gids) const {
  if (outlines_ == Outlines::ColorBitmaps) throw Error(SourcePos{path()}, "a colour bitmap font has no outlines to subset");
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) throw Error(SourcePos{path()}, "out of memory while subsetting the font");
  hb_set_t* glyphs = hb_subset_input_glyph_set(input);
  hb_set_add(glyphs, 0);
  for (auto gid : gids) hb_set_add(glyphs, gid);
  // Kept ids mean the content streams need no renumbering; a PDF renderer ignores hinting and
  // OpenType layout, so dropping them only saves bytes. hb-subset empties glyph 0 unless told
  // otherwise: when text uses it (a character no font has), keep its box visible.
  // A name-keyed CFF is drawn by glyph id too: its (Latin-sized) subsets keep them.
  const bool retain =
      (outlines_ == Outlines::TrueType && num_glyphs_ <= kRetainedGlyphLimit) || (outlines_ == Outlines::Cff && !cid_keyed_);
  unsigned flags = HB_SUBSET_FLAGS_NO_HINTING;
  if (retain) flags |= HB_SUBSET_FLAGS_RETAIN_GIDS;
  if (std::find(gids.begin(), gids.end(), 0u) != gids.end()) flags |= HB_SUBSET_FLAGS_NOTDEF_OUTLINE;
  hb_subset_input_set_flags(input, flags);
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx", "kerx", "VORG", "vhea", "vmtx"})
    hb_set_add(drop, hb_tag_from_string(tag, 4));
  hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(face_.hb_face(), input);
  hb_subset_input_destroy(input);
  if (!plan) throw Error(SourcePos{path()}, "HarfBuzz cannot subset the font");
  hb_face_t* sub = hb_subset_plan_execute_or_fail(plan);
  if (!sub) {
    hb_subset_plan_destroy(plan);
    throw Error(SourcePos{path()}, "HarfBuzz cannot subset the font");
  }
  FontSubset out;
  if (!retain && outlines_ == Outlines::TrueType) {
    const hb_map_t* renumbered = hb_subset_plan_old_to_new_glyph_mapping(plan);
    for (auto gid : gids) out.renumbered[gid] = hb_map_get(renumbered, gid);
  }
  // The subset's glyphs in order, as glyph ids of the whole font: a CFF subset's CIDs.
  std::vector<std::uint32_t> original;
  if (outlines_ == Outlines::Cff && cid_keyed_) {
    const hb_map_t* to_old = hb_subset_plan_new_to_old_glyph_mapping(plan);
    for (unsigned g = 0, n = hb_face_get_glyph_count(sub); g < n; ++g) original.push_back(hb_map_get(to_old, g));
  }
  hb_subset_plan_destroy(plan);
  // A CID-keyed CFF is embedded as its bare 'CFF ' table: readers then map its CIDs through
  // the charset (poppler takes an OpenType-wrapped CFF's CIDs as glyph ids).
  out.bare_cff = outlines_ == Outlines::Cff && cid_keyed_;
  hb_blob_t* blob = out.bare_cff ? hb_face_reference_table(sub, HB_TAG('C', 'F', 'F', ' ')) : hb_face_reference_blob(sub);
  unsigned len = 0;
  const char* data = hb_blob_get_data(blob, &len);
  out.program.assign(data, len);
  hb_blob_destroy(blob);
  hb_face_destroy(sub);
  if (out.program.empty()) throw Error(SourcePos{path()}, "HarfBuzz produced an empty font subset");
  if (out.bare_cff && !set_cff_cids(out.program, original))
    throw Error(SourcePos{path()}, "cannot number the CFF subset's glyphs by the font's glyph ids");
  return out;
}

}  // namespace folio::pdf
