// Fonts beyond the bundled TrueType ones, written and read back: a CFF CJK collection embedded
// as a CIDFontType0 subset with renumbered glyphs (small, and read back as the same text), and
// colour emoji as a Type3 font whose glyphs draw images.
#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include <algorithm>
#include <cstdio>
#include <regex>

#include "pdf/loaded_pdf.hpp"
#include "pdf/pdf_test_support.hpp"
#include "pdf/pdf_writer.hpp"

namespace folio::pdf {
namespace {

using namespace PoDoFo;
using test::a4_doc;
using test::add_run;
using test::make_run;
using test::kEmoji;
using test::name_of;
using Loaded = test::LoadedPdf;

const std::string kCjk = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";  // face 0: JP, same glyphs

// The gap between the two runs reads as spaces, as many as it is wide.
std::string single_spaced(const std::string& s) { return std::regex_replace(s, std::regex(" +"), " "); }

// A page with `text` in the serif font (id 0) and then in `font` (id 1).
frame::PagedDoc doc_with(const std::string& font, const std::string& text) {
  frame::PagedDoc doc = a4_doc(1);
  doc.fonts.push_back(frame::FontRef{1, font, 0});
  add_run(doc.pages[0], make_run(test::kSerif, 0, "Text", 12), 72, 100);
  add_run(doc.pages[0], make_run(font, 1, text, 12), 120, 100);
  return doc;
}

TEST(InternationalFonts, ACjkCollectionIsACidFontType0WhoseCodesAreTheFontsGlyphIds) {
  const std::string text = "\u5929\u95EE\u4E8C\u53F7";  // 天问二号
  const frame::PagedDoc doc = doc_with(kCjk, text);
  std::vector<std::uint32_t> gids;
  for (const frame::Glyph& g : make_run(kCjk, 1, text, 12).glyphs) gids.push_back(g.gid);
  std::sort(gids.begin(), gids.end());
  ASSERT_EQ(gids.size(), 4u);
  ASSERT_GT(gids[0], 1000u);  // ids in the thousands: a renumbered subset would have 1 to 4
  const std::vector<char> bytes = write_pdf(doc);
  EXPECT_EQ(std::string(bytes.data(), 8), "%PDF-1.4");  // a bare CFF program needs no 1.6
  Loaded pdf(bytes);
  PdfObject* type0 = pdf.font(0, "F1");
  ASSERT_NE(type0, nullptr);
  PdfObject* cid = &type0->GetIndirectKey("DescendantFonts")->GetArray()[0];
  if (cid->IsReference()) cid = pdf.doc.GetObjects().GetObject(cid->GetReference());
  EXPECT_EQ(name_of(cid->GetIndirectKey("Subtype")), "CIDFontType0");
  EXPECT_EQ(cid->GetIndirectKey("CIDToGIDMap"), nullptr);
  // /W names the four glyphs by their ids in the whole font, and so does the content stream.
  const PdfArray& w = cid->GetIndirectKey("W")->GetArray();
  std::vector<std::uint32_t> in_w;
  for (std::size_t i = 0; i + 1 < w.size(); i += 2)
    for (std::size_t k = 0; k < w[i + 1].GetArray().size(); ++k)
      in_w.push_back(static_cast<std::uint32_t>(w[i].GetNumber()) + static_cast<std::uint32_t>(k));
  EXPECT_EQ(in_w, gids);
  const std::string content = test::stream_of(pdf.doc.GetPage(0)->GetContents());
  char hex[8];
  std::snprintf(hex, sizeof hex, "%04X", gids[0]);
  EXPECT_NE(content.find(hex), std::string::npos) << content;
  PdfObject* file = cid->GetIndirectKey("FontDescriptor")->GetIndirectKey("FontFile3");
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(name_of(file->GetIndirectKey("Subtype")), "CIDFontType0C");
  EXPECT_LT(file->GetStream()->GetLength(), 8000);  // of a 26 MB collection
  // Deterministic, and read back as the same text. (That poppler draws the right glyphs, mapping
  // the CIDs through the subset's charset, is the zh-2025-05 golden's: its pixels are unchanged.)
  EXPECT_EQ(write_pdf(doc), bytes);
  auto reader = test::read(bytes);
  EXPECT_EQ(single_spaced(test::page_text(*reader->doc, 0)), "Text " + text);
}

TEST(InternationalFonts, EmojiAreAType3FontDrawingImages) {
  const std::string text = "\U0001F680\U0001F600";  // 🚀😀
  Loaded pdf(write_pdf(doc_with(kEmoji, text)));
  PdfObject* font = pdf.font(0, "F1");
  ASSERT_NE(font, nullptr);
  EXPECT_EQ(name_of(font->GetIndirectKey("Subtype")), "Type3");
  EXPECT_TRUE(std::regex_match(name_of(font->GetIndirectKey("BaseFont")), std::regex("[A-Z]{6}\\+NotoColorEmoji")));
  // Code 0 is the 'm' hint for extractors; codes 1 and 2 draw the two emoji.
  EXPECT_EQ(font->GetIndirectKey("FirstChar")->GetNumber(), 0);
  EXPECT_EQ(font->GetIndirectKey("LastChar")->GetNumber(), 2);
  EXPECT_EQ(font->GetIndirectKey("CharProcs")->GetDictionary().GetKeys().size(), 3u);
  const PdfDictionary& images = font->GetIndirectKey("Resources")->GetIndirectKey("XObject")->GetDictionary();
  ASSERT_EQ(images.GetKeys().size(), 2u);
  for (const auto& [key, ref] : images.GetKeys()) {
    PdfObject* image = pdf.doc.GetObjects().GetObject(ref->GetReference());
    EXPECT_EQ(name_of(image->GetIndirectKey("Subtype")), "Image") << key.GetName();
    EXPECT_EQ(image->GetIndirectKey("Width")->GetNumber(), 136);  // Noto Color Emoji's 109 ppem strike
    EXPECT_EQ(name_of(image->GetIndirectKey("ColorSpace")), "DeviceRGB");
    ASSERT_NE(image->GetIndirectKey("SMask"), nullptr);  // the alpha
    EXPECT_EQ(name_of(image->GetIndirectKey("SMask")->GetIndirectKey("ColorSpace")), "DeviceGray");
  }
  EXPECT_NE(font->GetIndirectKey("ToUnicode"), nullptr);
  EXPECT_NE(font->GetIndirectKey("FontDescriptor"), nullptr);
  auto reader = test::read(write_pdf(doc_with(kEmoji, text)));
  EXPECT_EQ(single_spaced(test::page_text(*reader->doc, 0)), "Text " + text);
}

TEST(InternationalFonts, ASmallTrueTypeFontKeepsItsGlyphIds) {
  // Noto Naskh Arabic (1,500 glyphs): the content stream draws the font's own glyph ids.
  const std::string naskh = "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf";
  const frame::GlyphRun run = make_run(naskh, 1, "\u0628", 12);  // ب
  ASSERT_EQ(run.glyphs.size(), 1u);
  Loaded pdf(write_pdf(doc_with(naskh, "\u0628")));
  PdfObject* cid = &pdf.font(0, "F1")->GetIndirectKey("DescendantFonts")->GetArray()[0];
  if (cid->IsReference()) cid = pdf.doc.GetObjects().GetObject(cid->GetReference());
  EXPECT_EQ(name_of(cid->GetIndirectKey("Subtype")), "CIDFontType2");
  EXPECT_EQ(name_of(cid->GetIndirectKey("CIDToGIDMap")), "Identity");
  EXPECT_EQ(cid->GetIndirectKey("W")->GetArray()[0].GetNumber(), static_cast<pdf_int64>(run.glyphs[0].gid));
}

}  // namespace
}  // namespace folio::pdf
