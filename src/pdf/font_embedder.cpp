#include "pdf/font_embedder.hpp"

#include "folio/diagnostic.hpp"
#include "pdf/color_font.hpp"
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
  if (source.outlines() == Outlines::ColorBitmaps) return embed_color_font(objects, source, usage, content_hash);
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
  PdfObject* file = create_stream(objects, subset.program);
  if (cff)
    file->GetDictionary().AddKey("Subtype", PdfName("OpenType"));
  else
    file->GetDictionary().AddKey("Length1", PdfVariant(static_cast<pdf_int64>(subset.program.size())));

  PdfObject* fd = font_descriptor(objects, desc, base_font, file->Reference(), cff);

  std::map<std::uint32_t, double> width_by_code;
  std::map<std::uint32_t, std::string> text_by_code;
  for (const auto& [gid, text] : usage.text_by_gid) {
    const std::uint32_t code = subset.codes.at(gid);
    width_by_code[code] = source.width1000(gid);
    text_by_code[code] = text;
  }

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
  if (!cff) c.AddKey("CIDToGIDMap", PdfName("Identity"));  // codes are the subset's glyph ids

  PdfObject* to_unicode = create_stream(objects, to_unicode_cmap(text_by_code));

  PdfObject* type0 = objects.CreateObject("Font");
  PdfDictionary& t = type0->GetDictionary();
  t.AddKey("Subtype", PdfName("Type0"));
  t.AddKey("BaseFont", base_font);
  t.AddKey("Encoding", PdfName("Identity-H"));
  PdfArray descendants;
  descendants.push_back(cid->Reference());
  t.AddKey("DescendantFonts", descendants);
  t.AddKey("ToUnicode", to_unicode->Reference());
  return EmbeddedFont{type0->Reference(), std::move(subset.codes), 2, cff};
}

}  // namespace folio::pdf
