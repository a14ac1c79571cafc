#include "pdf/font_embedder.hpp"

#include "folio/diagnostic.hpp"
#include "pdf/pdf_objects.hpp"
#include "pdf/to_unicode.hpp"

namespace folio::pdf {
namespace {

using namespace PoDoFo;

// /W as runs of consecutive codes: [first [w w w] first [w] ...]; `widths` by code.
PdfArray widths(const std::map<std::uint32_t, double>& by_code) {
  PdfArray w;
  for (auto it = by_code.begin(); it != by_code.end();) {
    PdfArray run;
    const std::uint32_t first = it->first;
    std::uint32_t next = first;
    for (; it != by_code.end() && it->first == next; ++it, ++next) run.push_back(number(it->second));
    w.push_back(PdfVariant(static_cast<pdf_int64>(first)));
    w.push_back(run);
  }
  return w;
}

// A renumbered subset's /CIDToGIDMap: for each CID (the font's glyph id) up to the largest
// drawn, its glyph id in the subset as 2 bytes big-endian (0, .notdef, for the others).
PdfObject* cid_to_gid_map(PdfVecObjects& objects, const std::map<std::uint32_t, std::uint32_t>& renumbered) {
  std::string map(2 * (static_cast<std::size_t>(renumbered.rbegin()->first) + 1), '\0');
  for (const auto& [gid, subset_gid] : renumbered) {
    map[2 * gid] = static_cast<char>(subset_gid >> 8);
    map[2 * gid + 1] = static_cast<char>(subset_gid & 0xFF);
  }
  return create_stream(objects, map);
}

PdfObject* font_descriptor(PdfVecObjects& objects, const FontDescription& desc, const PdfName& name,
                           const PdfReference& font_file, bool cff) {
  PdfObject* fd = objects.CreateObject("FontDescriptor");
  PdfDictionary& d = fd->GetDictionary();
  d.AddKey("FontName", name);
  d.AddKey("Flags", PdfVariant(static_cast<pdf_int64>(desc.flags)));
  PdfArray bbox;
  for (int v : desc.bbox) bbox.push_back(PdfVariant(static_cast<pdf_int64>(v)));
  d.AddKey("FontBBox", bbox);
  d.AddKey("ItalicAngle", number(desc.italic_angle));
  d.AddKey("Ascent", PdfVariant(static_cast<pdf_int64>(desc.ascent)));
  d.AddKey("Descent", PdfVariant(static_cast<pdf_int64>(desc.descent)));
  d.AddKey("CapHeight", PdfVariant(static_cast<pdf_int64>(desc.cap_height)));
  d.AddKey("StemV", PdfVariant(static_cast<pdf_int64>(desc.stem_v)));
  d.AddKey(cff ? "FontFile3" : "FontFile2", font_file);
  return fd;
}

}  // namespace

EmbeddedFont embed_font(PdfVecObjects& objects, const FontSource& source, const FontUsage& usage,
                        Fnv1a& content_hash) {
  std::vector<std::uint32_t> gids;
  gids.reserve(usage.text_by_gid.size());
  for (const auto& entry : usage.text_by_gid) {
    // Identity-H codes are 2 bytes, and a gid past the font means a FontRef that does not match the shaping.
    if (entry.first >= source.num_glyphs())
      throw Error(SourcePos{source.path()}, "glyph id " + std::to_string(entry.first) +
                                                " is not in the font (it has " +
                                                std::to_string(source.num_glyphs()) + " glyphs)");
    gids.push_back(entry.first);
  }
  const FontDescription& desc = source.description();
  PdfName base_font(subset_tag(gids) + "+" + desc.postscript_name);

  const bool cff = source.outlines() == Outlines::Cff;
  FontSubset subset = source.subset(gids);
  content_hash.add(subset.program);
  PdfDictionary file_keys;
  if (cff)
    file_keys.AddKey("Subtype", PdfName(subset.bare_cff ? "CIDFontType0C" : "OpenType"));
  else
    file_keys.AddKey("Length1", PdfVariant(static_cast<pdf_int64>(subset.program.size())));
  PdfObject* file = create_stream(objects, subset.program, file_keys);

  PdfObject* fd = font_descriptor(objects, desc, base_font, file->Reference(), cff);

  // The codes are the glyph ids of the whole font (font_source.hpp).
  std::map<std::uint32_t, double> width_by_code;
  for (const auto& entry : usage.text_by_gid) width_by_code[entry.first] = source.width1000(entry.first);

  PdfObject* cid = objects.CreateObject("Font");
  PdfDictionary& c = cid->GetDictionary();
  c.AddKey("Subtype", PdfName(cff ? "CIDFontType0" : "CIDFontType2"));
  c.AddKey("BaseFont", base_font);
  PdfDictionary info;
  info.AddKey("Registry", PdfString("Adobe"));
  info.AddKey("Ordering", PdfString("Identity"));
  info.AddKey("Supplement", PdfVariant(static_cast<pdf_int64>(0)));
  c.AddKey("CIDSystemInfo", info);
  c.AddKey("FontDescriptor", fd->Reference());
  c.AddKey("DW", PdfVariant(static_cast<pdf_int64>(1000)));
  c.AddKey("W", widths(width_by_code));
  if (!cff && subset.renumbered.empty())
    c.AddKey("CIDToGIDMap", PdfName("Identity"));  // the subset kept the glyph ids
  else if (!cff)
    c.AddKey("CIDToGIDMap", cid_to_gid_map(objects, subset.renumbered)->Reference());

  PdfObject* to_unicode = create_stream(objects, to_unicode_cmap(usage.text_by_gid));

  PdfObject* type0 = objects.CreateObject("Font");
  PdfDictionary& t = type0->GetDictionary();
  t.AddKey("Subtype", PdfName("Type0"));
  t.AddKey("BaseFont", base_font);
  t.AddKey("Encoding", PdfName("Identity-H"));
  PdfArray descendants;
  descendants.push_back(cid->Reference());
  t.AddKey("DescendantFonts", descendants);
  t.AddKey("ToUnicode", to_unicode->Reference());
  return EmbeddedFont{type0->Reference(), cff && !subset.bare_cff};
}

}  // namespace folio::pdf
