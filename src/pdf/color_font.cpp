#include "pdf/color_font.hpp"

#include <algorithm>

#include "folio/diagnostic.hpp"
#include "pdf/pdf_number.hpp"
#include "pdf/pdf_objects.hpp"
#include "pdf/to_unicode.hpp"

namespace folio::pdf {
namespace {

using namespace PoDoFo;

// One bitmap as an image XObject: the colour channels, and the alpha as its soft mask.
PdfObject* image(PdfVecObjects& objects, const font::ColorBitmap& bm, Fnv1a& content_hash) {
  std::string rgb, alpha;
  rgb.reserve(bm.rgba.size() / 4 * 3);
  alpha.reserve(bm.rgba.size() / 4);
  for (std::size_t i = 0; i < bm.rgba.size(); i += 4) {
    rgb.append(reinterpret_cast<const char*>(&bm.rgba[i]), 3);
    alpha += static_cast<char>(bm.rgba[i + 3]);
  }
  content_hash.add(rgb);
  content_hash.add(alpha);
  const auto picture = [&](const std::string& bytes, const char* colour_space, const PdfObject* mask) {
    PdfDictionary d;
    d.AddKey("Type", PdfName("XObject"));
    d.AddKey("Subtype", PdfName("Image"));
    d.AddKey("Width", PdfVariant(static_cast<pdf_int64>(bm.width)));
    d.AddKey("Height", PdfVariant(static_cast<pdf_int64>(bm.height)));
    d.AddKey("ColorSpace", PdfName(colour_space));
    d.AddKey("BitsPerComponent", PdfVariant(static_cast<pdf_int64>(8)));
    d.AddKey("Interpolate", PdfVariant(true));  // a 109 ppem bitmap is scaled up when printed
    if (mask) d.AddKey("SMask", mask->Reference());
    return create_stream(objects, bytes, d);
  };
  const PdfObject* mask = picture(alpha, "DeviceGray", nullptr);
  return picture(rgb, "DeviceRGB", mask);
}

}  // namespace

std::uint32_t color_code(ColorCodes& codes, std::uint32_t gid, const std::string& font_path) {
  const auto found = codes.find(gid);
  if (found != codes.end()) return found->second;
  if (codes.size() >= kMaxColorGlyphs)
    throw Error(SourcePos{font_path}, "more than " + std::to_string(kMaxColorGlyphs) +
                                          " different emoji in one document: a colour font can draw no more");
  const auto code = static_cast<std::uint32_t>(codes.size() + 1);
  codes.emplace(gid, code);
  return code;
}

EmbeddedFont embed_color_font(PdfVecObjects& objects, const FontSource& source, const ColorCodes& codes,
                              const FontUsage& usage, Fnv1a& content_hash) {
  const font::Face& face = source.face();
  EmbeddedFont out;
  std::vector<std::uint32_t> gids(codes.size());  // by code - 1
  for (const auto& [gid, code] : codes) gids[code - 1] = gid;
  PdfDictionary char_procs, images;
  PdfArray differences, widths;
  differences.push_back(PdfVariant(static_cast<pdf_int64>(0)));
  std::map<std::uint32_t, std::string> text_by_code;
  int bbox[4] = {0, 0, 0, 0};
  // Code 0 is a glyph never drawn, named 'm' and 0.6 em wide: text extractors (poppler) guess a
  // Type3 font's size from its 'm', else from its first glyph's width taken as half an em, and
  // drop emoji whose size comes out two and a half times the text's.
  differences.push_back(PdfName("m"));
  widths.push_back(number(600));
  char_procs.AddKey(PdfName("m"), create_stream(objects, "600 0 d0\n")->Reference());
  std::uint32_t code = 0;
  for (const std::uint32_t gid : gids) {
    ++code;
    const auto text = usage.text_by_gid.find(gid);
    if (text != usage.text_by_gid.end()) text_by_code[code] = text->second;
    const std::string name = "g" + std::to_string(gid);
    differences.push_back(PdfName(name));
    const double width = source.width1000(gid);
    widths.push_back(number(width));
    // Glyph space is 1000 units per em (the FontMatrix below); the bitmap's pixels are 1/ppem em.
    std::string proc;
    append_number(proc, width);
    proc += " 0 d0\n";
    if (const std::optional<font::ColorBitmap> bm = face.color_bitmap(gid)) {
      const double unit = 1000.0 / bm->ppem;
      const double x = bm->left * unit, y = (bm->top - bm->height) * unit;
      const double w = bm->width * unit, h = bm->height * unit;
      const std::string image_name = "I" + std::to_string(code);
      images.AddKey(PdfName(image_name), image(objects, *bm, content_hash)->Reference());
      proc += "q ";
      for (double v : {w, 0.0, 0.0, h, x, y}) {
        append_number(proc, round3(v));
        proc += ' ';
      }
      proc += "cm /" + image_name + " Do Q\n";
      bbox[0] = std::min(bbox[0], static_cast<int>(x));
      bbox[1] = std::min(bbox[1], static_cast<int>(y));
      bbox[2] = std::max(bbox[2], static_cast<int>(x + w + 1));
      bbox[3] = std::max(bbox[3], static_cast<int>(y + h + 1));
    }
    char_procs.AddKey(PdfName(name), create_stream(objects, proc)->Reference());
  }

  PdfObject* font = objects.CreateObject("Font");
  PdfDictionary& d = font->GetDictionary();
  d.AddKey("Subtype", PdfName("Type3"));
  // Name is the Type3 key; readers (pdffonts) show BaseFont, which the other fonts have.
  std::vector<std::uint32_t> glyph_set = gids;  // the tag names the set, whatever its codes
  std::sort(glyph_set.begin(), glyph_set.end());
  const PdfName name(subset_tag(glyph_set) + "+" + source.description().postscript_name);
  d.AddKey("Name", name);
  d.AddKey("BaseFont", name);
  PdfArray box, matrix;
  for (int v : bbox) box.push_back(PdfVariant(static_cast<pdf_int64>(v)));
  for (double v : {0.001, 0.0, 0.0, 0.001, 0.0, 0.0}) matrix.push_back(number(v));
  d.AddKey("FontBBox", box);
  d.AddKey("FontMatrix", matrix);
  // Without a descriptor readers assume a text font's ascent and descent (poppler: 0.95, -0.35
  // em), which would make a line holding an emoji taller than its neighbours to a text extractor.
  PdfObject* descriptor = objects.CreateObject("FontDescriptor");
  PdfDictionary& fd = descriptor->GetDictionary();
  fd.AddKey("FontName", name);
  fd.AddKey("Flags", PdfVariant(static_cast<pdf_int64>(4)));  // symbolic
  fd.AddKey("FontBBox", box);
  fd.AddKey("ItalicAngle", PdfVariant(static_cast<pdf_int64>(0)));
  fd.AddKey("Ascent", PdfVariant(static_cast<pdf_int64>(bbox[3])));
  fd.AddKey("Descent", PdfVariant(static_cast<pdf_int64>(bbox[1])));
  fd.AddKey("CapHeight", PdfVariant(static_cast<pdf_int64>(bbox[3])));
  fd.AddKey("StemV", PdfVariant(static_cast<pdf_int64>(0)));
  d.AddKey("FontDescriptor", descriptor->Reference());
  d.AddKey("CharProcs", char_procs);
  PdfDictionary encoding;
  encoding.AddKey("Type", PdfName("Encoding"));
  encoding.AddKey("Differences", differences);
  d.AddKey("Encoding", encoding);
  d.AddKey("FirstChar", PdfVariant(static_cast<pdf_int64>(0)));
  d.AddKey("LastChar", PdfVariant(static_cast<pdf_int64>(code)));
  d.AddKey("Widths", widths);
  PdfDictionary resources;
  resources.AddKey("XObject", images);
  d.AddKey("Resources", resources);
  d.AddKey("ToUnicode", create_stream(objects, to_unicode_cmap(text_by_code, 1))->Reference());
  out.ref = font->Reference();
  return out;
}

}  // namespace folio::pdf
