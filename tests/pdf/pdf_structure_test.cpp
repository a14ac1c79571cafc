// The written PDF's objects read back with PoDoFo: the embedded Type0 font, its subset and
// ToUnicode map, link annotations, the catalog.
#include <gtest/gtest.h>
#include <hb.h>
#include <podofo/podofo.h>

#include <filesystem>
#include <regex>

#include "folio/diagnostic.hpp"
#include "pdf/loaded_pdf.hpp"
#include "pdf/pdf_test_support.hpp"
#include "pdf/pdf_writer.hpp"

namespace folio::pdf {
namespace {

using namespace PoDoFo;
using test::a4_doc;
using test::kSerif;
using test::add_run;
using test::make_run;
using test::run_of;
using test::name_of;
using Loaded = test::LoadedPdf;

std::string stream_bytes(const PdfObject* o) { return test::stream_of(o); }



TEST(PdfStructure, EmbedsATaggedType0SubsetWithToUnicode) {
  auto doc = a4_doc(1);
  auto run = make_run(kSerif, 0, "office", 12);
  std::uint32_t o_gid = run.glyphs[0].gid, ffi_gid = run.glyphs[1].gid;
  add_run(doc.pages[0], run, 72, 100);
  Loaded pdf(write_pdf(doc));

  PdfObject* type0 = pdf.font(0, "F0");
  ASSERT_NE(type0, nullptr);
  EXPECT_EQ(name_of(type0->GetIndirectKey("Subtype")), "Type0");
  EXPECT_EQ(name_of(type0->GetIndirectKey("Encoding")), "Identity-H");
  std::string base = name_of(type0->GetIndirectKey("BaseFont"));
  EXPECT_TRUE(std::regex_match(base, std::regex("[A-Z]{6}\\+NotoSerif-Regular"))) << base;

  PdfObject* to_unicode = type0->GetIndirectKey("ToUnicode");
  ASSERT_NE(to_unicode, nullptr);
  char ffi_entry[32];
  std::snprintf(ffi_entry, sizeof ffi_entry, "<%04X> <006600660069>", ffi_gid);
  EXPECT_NE(stream_bytes(to_unicode).find(ffi_entry), std::string::npos);

  const PdfArray& descendants = type0->GetIndirectKey("DescendantFonts")->GetArray();
  ASSERT_EQ(descendants.size(), 1u);
  PdfObject* cid = pdf.doc.GetObjects().GetObject(descendants[0].GetReference());
  EXPECT_EQ(name_of(cid->GetIndirectKey("Subtype")), "CIDFontType2");
  EXPECT_EQ(name_of(cid->GetIndirectKey("CIDToGIDMap")), "Identity");
  EXPECT_EQ(cid->GetIndirectKey("CIDSystemInfo")->GetIndirectKey("Ordering")->GetString().GetStringUtf8(),
            "Identity");
  // /W gives 'o' its hmtx advance (Noto Serif has 1000 units per em).
  hb_blob_t* blob = hb_blob_create_from_file(kSerif.c_str());
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* font = hb_font_create(face);
  ASSERT_EQ(hb_face_get_upem(face), 1000u);
  const PdfArray& w = cid->GetIndirectKey("W")->GetArray();
  bool found = false;
  for (std::size_t i = 0; i + 1 < w.size(); i += 2)
    if (w[i].GetNumber() == o_gid) {
      EXPECT_EQ(w[i + 1].GetArray()[0].GetNumber(), hb_font_get_glyph_h_advance(font, o_gid));
      found = true;
    }
  EXPECT_TRUE(found);

  PdfObject* descriptor = cid->GetIndirectKey("FontDescriptor");
  EXPECT_EQ(name_of(descriptor->GetIndirectKey("FontName")), base);
  EXPECT_EQ(descriptor->GetIndirectKey("Flags")->GetNumber(), 6);  // serif, symbolic
  EXPECT_GT(descriptor->GetIndirectKey("Ascent")->GetNumber(), 700);
  EXPECT_LT(descriptor->GetIndirectKey("Descent")->GetNumber(), -100);
  PdfObject* file2 = descriptor->GetIndirectKey("FontFile2");
  ASSERT_NE(file2, nullptr);
  std::string subset = stream_bytes(file2);
  EXPECT_EQ(static_cast<pdf_int64>(subset.size()), file2->GetIndirectKey("Length1")->GetNumber());
  EXPECT_LT(subset.size(), std::filesystem::file_size(kSerif) / 10);

  // Glyph ids are kept: 'o' still has its outline at its old id, an unused 'Z' has none.
  hb_blob_t* sub_blob = hb_blob_create(subset.data(), static_cast<unsigned>(subset.size()),
                                       HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* sub_face = hb_face_create(sub_blob, 0);
  hb_font_t* sub_font = hb_font_create(sub_face);
  hb_glyph_extents_t ext{};
  EXPECT_TRUE(hb_font_get_glyph_extents(sub_font, o_gid, &ext));
  EXPECT_GT(ext.width, 0);
  hb_codepoint_t z_gid = 0;
  ASSERT_TRUE(hb_font_get_nominal_glyph(font, 'Z', &z_gid));
  ext = hb_glyph_extents_t{};
  hb_font_get_glyph_extents(sub_font, z_gid, &ext);
  EXPECT_EQ(ext.width, 0);
  for (auto* f : {font, sub_font}) hb_font_destroy(f);
  for (auto* f : {face, sub_face}) hb_face_destroy(f);
  for (auto* b : {blob, sub_blob}) hb_blob_destroy(b);
}

// Every page inherits one set of resources from the page tree (a page's own dictionary stays in
// memory until the file is written): all the fonts drawn, and only those.
TEST(PdfStructure, OnlyUsedFontsAreEmbeddedInTheSharedResources) {
  auto doc = a4_doc(2);
  doc.fonts = {frame::FontRef{0, "/nonexistent/never-read.ttf", 0}, frame::FontRef{1, kSerif, 0}};
  add_run(doc.pages[1], make_run(kSerif, 1, "second", 12), 72, 100);
  auto invisible = make_run(kSerif, 0, "zero", 12);  // font 0 would fail to load
  invisible.size = 0;
  add_run(doc.pages[1], invisible, 72, 200);
  Loaded pdf(write_pdf(doc));
  EXPECT_NE(pdf.font(1, "F1"), nullptr);
  EXPECT_NE(pdf.font(0, "F1"), nullptr);  // inherited, though page 1 draws no text
  EXPECT_EQ(pdf.font(1, "F0"), nullptr);
  EXPECT_EQ(pdf.objects_with("Type", "Font"), 2);  // the Type0 font and its descendant
  for (int p = 0; p < 2; ++p) {
    const PdfDictionary& page = pdf.doc.GetPage(p)->GetObject()->GetDictionary();
    EXPECT_FALSE(page.HasKey("Resources"));
    EXPECT_FALSE(page.HasKey("MediaBox"));
    EXPECT_DOUBLE_EQ(pdf.doc.GetPage(p)->GetMediaBox().GetWidth(), to_pt(doc.width));
  }
}

TEST(PdfStructure, LinkAnnotationInPdfCoordinates) {
  auto doc = a4_doc(1);
  doc.pages[0].add({pt(72), pt(90)}, frame::Link{pt(100.5), pt(12), "https://example.org/a b", {}});
  Loaded pdf(write_pdf(doc));
  PdfObject* annots = pdf.doc.GetPage(0)->GetObject()->GetIndirectKey("Annots");
  ASSERT_NE(annots, nullptr);
  ASSERT_EQ(annots->GetArray().size(), 1u);
  PdfObject* link = pdf.doc.GetObjects().GetObject(annots->GetArray()[0].GetReference());
  EXPECT_EQ(name_of(link->GetIndirectKey("Subtype")), "Link");
  const PdfArray& rect = link->GetIndirectKey("Rect")->GetArray();
  ASSERT_EQ(rect.size(), 4u);
  EXPECT_DOUBLE_EQ(rect[0].GetReal(), 72);
  EXPECT_DOUBLE_EQ(rect[1].GetReal(), 842 - 102);
  EXPECT_DOUBLE_EQ(rect[2].GetReal(), 172.5);
  EXPECT_DOUBLE_EQ(rect[3].GetReal(), 842 - 90);
  const PdfArray& border = link->GetIndirectKey("Border")->GetArray();
  ASSERT_EQ(border.size(), 3u);
  for (const auto& b : border) EXPECT_EQ(b.GetNumber(), 0);
  PdfObject* action = link->GetIndirectKey("A");
  EXPECT_EQ(name_of(action->GetIndirectKey("S")), "URI");
  EXPECT_EQ(action->GetIndirectKey("URI")->GetString().GetStringUtf8(), "https://example.org/a%20b");
  EXPECT_FALSE(link->GetDictionary().HasKey("M"));
}

// A footnote's marker and its note link to each other: /GoTo actions to the anchor's page and
// point, and no object made for the destination.
TEST(PdfStructure, InternalLinksGoToTheirAnchorsBothWays) {
  auto doc = a4_doc(2);
  doc.pages[0].add({pt(100), pt(200)}, frame::Anchor{"noteref-1"});
  doc.pages[0].add({pt(98), pt(190)}, frame::Link{pt(5), pt(10), {}, "note-1"});
  doc.pages[1].add({pt(60), pt(700.5)}, frame::Anchor{"note-1"});
  doc.pages[1].add({pt(60), pt(700)}, frame::Link{pt(5), pt(8), {}, "noteref-1"});
  const std::size_t objects_without = Loaded(write_pdf(a4_doc(2))).doc.GetObjects().GetObjectCount();
  Loaded pdf(write_pdf(doc));
  const auto dest_of = [&](int page) {
    PdfObject* annots = pdf.doc.GetPage(page)->GetObject()->GetIndirectKey("Annots");
    EXPECT_NE(annots, nullptr);
    PdfObject* link = pdf.doc.GetObjects().GetObject(annots->GetArray()[0].GetReference());
    const PdfDictionary& action = link->GetIndirectKey("A")->GetDictionary();
    EXPECT_EQ(action.GetKey("S")->GetName().GetName(), "GoTo");
    return action.GetKey("D")->GetArray();
  };
  const PdfArray to_note = dest_of(0);
  ASSERT_EQ(to_note.size(), 5u);
  EXPECT_EQ(to_note[0].GetReference(), pdf.doc.GetPage(1)->GetObject()->Reference());
  EXPECT_EQ(to_note[1].GetName().GetName(), "XYZ");
  EXPECT_DOUBLE_EQ(to_note[2].GetReal(), 60);
  EXPECT_DOUBLE_EQ(to_note[3].GetReal(), 842 - 700.5);
  EXPECT_EQ(to_note[4].GetNumber(), 0);
  const PdfArray to_marker = dest_of(1);
  EXPECT_EQ(to_marker[0].GetReference(), pdf.doc.GetPage(0)->GetObject()->Reference());
  EXPECT_DOUBLE_EQ(to_marker[2].GetReal(), 100);
  EXPECT_DOUBLE_EQ(to_marker[3].GetReal(), 842 - 200);
  // Two link annotations and nothing else new.
  EXPECT_EQ(pdf.doc.GetObjects().GetObjectCount(), objects_without + 2);
}

TEST(PdfStructure, LinkToAMissingAnchorIsAnError) {
  auto doc = a4_doc(1);
  doc.pages[0].add({pt(98), pt(190)}, frame::Link{pt(5), pt(10), {}, "note-9"});
  EXPECT_THROW(write_pdf(doc), folio::Error);
  auto twice = a4_doc(1);
  twice.pages[0].add({0, 0}, frame::Anchor{"a"});
  twice.pages[0].add({0, 0}, frame::Anchor{"a"});
  EXPECT_THROW(write_pdf(twice), folio::Error);
}

TEST(PdfStructure, CmykTextAndRulesUseK) {
  auto doc = a4_doc(1);
  auto run = make_run(kSerif, 0, "cyan", 12);
  run.color = Color::cmyk(1, 0, 0, 0);
  add_run(doc.pages[0], run, 72, 100);
  doc.pages[0].add({pt(72), pt(110)}, frame::Rule{pt(100), pt(1), Color::cmyk(0, 0.25, 0, 0.5)});
  Loaded pdf(write_pdf(doc));
  std::string content = stream_bytes(pdf.doc.GetPage(0)->GetContents());
  EXPECT_NE(content.find("0 0.25 0 0.5 k\n72 731 100 1 re f\n"), std::string::npos) << content;
  EXPECT_NE(content.find("1 0 0 0 k\n"), std::string::npos) << content;
  EXPECT_EQ(content.find("rg"), std::string::npos) << content;
}

TEST(PdfStructure, CatalogLangAndPageMode) {
  auto doc = a4_doc(1);
  doc.info.lang = "en-GB";
  Loaded plain(write_pdf(doc));
  EXPECT_EQ(plain.doc.GetCatalog()->GetIndirectKey("Lang")->GetString().GetStringUtf8(), "en-GB");
  EXPECT_FALSE(plain.doc.GetCatalog()->GetDictionary().HasKey("PageMode"));
  EXPECT_EQ(plain.doc.GetPdfVersion(), ePdfVersion_1_4);

  doc.outline.push_back({"Start", 1, 0, 0});
  Loaded with_outline(write_pdf(doc));
  EXPECT_EQ(name_of(with_outline.doc.GetCatalog()->GetIndirectKey("PageMode")), "UseOutlines");
  PdfObject* outlines = with_outline.doc.GetCatalog()->GetIndirectKey("Outlines");
  ASSERT_NE(outlines, nullptr);
  EXPECT_EQ(outlines->GetIndirectKey("Count")->GetNumber(), 1);
}

}  // namespace
}  // namespace folio::pdf
