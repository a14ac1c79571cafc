#include "pdf/font_embedder.hpp"

#include <cmath>

#include "folio/diagnostic.hpp"
#include "pdf/flate.hpp"
#include "pdf/to_unicode.hpp"

namespace folio::pdf {
namespace {

using namespace PoDoFo;

// Integers as integers; other values as reals (PoDoFo prints them fixed, zeros trimmed).
PdfVariant number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return PdfVariant(static_cast<pdf_int64>(v));
  return PdfVariant(v);
}

// /W as runs of consecutive ids: [first [w w w] first [w] ...].
PdfArray widths(const FontSource& source, const std::vector<std::uint32_t>& gids) {
  PdfArray w;
  for (std::size_t i = 0; i < gids.size();) {
    PdfArray run;
    std::size_t j = i;
    do {
      run.push_back(number(source.width1000(gids[j])));
      ++j;
    } while (j < gids.size() && gids[j] == gids[j - 1] + 1);
    w.push_back(PdfVariant(static_cast<pdf_int64>(gids[i])));
    w.push_back(run);
    i = j;
  }
  return w;
}

PdfObject* font_descriptor(PdfVecObjects& objects, const FontDescription& desc, const PdfName& name,
                           const PdfReference& font_file) {
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
  d.AddKey("FontFile2", font_file);
  return fd;
}

}  // namespace

std::string subset_tag(const std::vector<std::uint32_t>& gids) {
  Fnv1a h;
  for (auto gid : gids) h.add_u32(gid);
  std::uint64_t v = h.value();
  std::string tag;
  for (int i = 0; i < 6; ++i, v /= 26) tag += static_cast<char>('A' + v % 26);
  return tag;
}

PdfReference embed_font(PdfVecObjects& objects, const FontSource& source, const FontUsage& usage,
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

  std::string font_bytes = source.subset(gids);
  content_hash.add(font_bytes);
  PdfObject* file = create_flate_stream(objects, font_bytes);
  file->GetDictionary().AddKey("Length1", PdfVariant(static_cast<pdf_int64>(font_bytes.size())));

  PdfObject* fd = font_descriptor(objects, desc, base_font, file->Reference());

  PdfObject* cid = objects.CreateObject("Font");
  PdfDictionary& c = cid->GetDictionary();
  c.AddKey("Subtype", PdfName("CIDFontType2"));
  c.AddKey("BaseFont", base_font);
  PdfDictionary info;
  info.AddKey("Registry", PdfString("Adobe"));
  info.AddKey("Ordering", PdfString("Identity"));
  info.AddKey("Supplement", PdfVariant(static_cast<pdf_int64>(0)));
  c.AddKey("CIDSystemInfo", info);
  c.AddKey("FontDescriptor", fd->Reference());
  c.AddKey("DW", PdfVariant(static_cast<pdf_int64>(1000)));
  c.AddKey("W", widths(source, gids));
  c.AddKey("CIDToGIDMap", PdfName("Identity"));

  PdfObject* to_unicode = create_flate_stream(objects, to_unicode_cmap(usage.text_by_gid));

  PdfObject* type0 = objects.CreateObject("Font");
  PdfDictionary& t = type0->GetDictionary();
  t.AddKey("Subtype", PdfName("Type0"));
  t.AddKey("BaseFont", base_font);
  t.AddKey("Encoding", PdfName("Identity-H"));
  PdfArray descendants;
  descendants.push_back(cid->Reference());
  t.AddKey("DescendantFonts", descendants);
  t.AddKey("ToUnicode", to_unicode->Reference());
  return type0->Reference();
}

}  // namespace folio::pdf
