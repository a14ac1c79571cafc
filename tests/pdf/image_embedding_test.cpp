// Pictures in the written PDF, read back with PoDoFo and drawn by poppler: a JPEG's DCT stream
// passes through untouched (Adobe CMYK with its /Decode inversion), a PNG is Flate samples with
// its alpha as a soft mask, a PDF chart is a form XObject of vectors with its own fonts, and a
// picture shown several times is embedded once.
#include <gtest/gtest.h>
#include <podofo/podofo.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <fstream>
#include <sstream>

#include "image/picture_cache.hpp"
#include "pdf/loaded_pdf.hpp"
#include "pdf/pdf_test_support.hpp"
#include "pdf/pdf_writer.hpp"

namespace folio::pdf {
namespace {

using namespace PoDoFo;

const std::string kFixtures = FOLIO_SOURCE_DIR "/tests/fixtures/images/";
const std::string kArchive = FOLIO_SOURCE_DIR "/samples/archive/";

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Puts the picture in `path` on page `page` of `doc` at (x, y) pt from the top left, w x h pt.
void place(frame::PagedDoc& doc, int page, const std::string& path, double x, double y, double w, double h,
           const std::string& alt = "alt") {
  const image::PictureRef picture = image::PictureCache::shared().load(path);
  if (!doc.image(picture->key)) doc.images.push_back(frame::ImageRef{picture->key, path, path});
  doc.pages[page].add({pt(x), pt(y)}, frame::Image{pt(w), pt(h), picture->key, alt}, frame::Role::Figure);
}


using Loaded = test::LoadedPdf;
using test::name_of;
std::string raw_stream(const PdfObject* o) { return test::stream_of(o, true); }
std::string decoded_stream(const PdfObject* o) { return test::stream_of(o); }
long long number_of(const PdfObject* o) { return o && o->IsNumber() ? o->GetNumber() : -1; }

// The colour poppler draws at (x, y) pt of page 0, at 72 dpi.
struct Rgb {
  int r, g, b;
};
Rgb pixel(const std::vector<char>& pdf, int x, int y) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  std::unique_ptr<poppler::page> page(doc->create_page(0));
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_argb32);
  const poppler::image img = renderer.render_page(page.get(), 72, 72);
  const auto* row = reinterpret_cast<const unsigned char*>(img.const_data()) + y * img.bytes_per_row();
  const unsigned char* p = row + 4 * x;  // B, G, R, A in memory
  return Rgb{p[2], p[1], p[0]};
}

TEST(ImageEmbedding, AJpegPassesThroughAsItsDctStream) {
  frame::PagedDoc doc = test::a4_doc(1);
  place(doc, 0, kFixtures + "rgb-progressive.jpg", 72, 100, 128, 96);
  Loaded pdf(write_pdf(doc));
  const PdfObject* im = pdf.xobject(0, "Im0");
  ASSERT_NE(im, nullptr);
  EXPECT_EQ(name_of(im->GetIndirectKey("Subtype")), "Image");
  EXPECT_EQ(name_of(im->GetIndirectKey("Filter")), "DCTDecode");
  EXPECT_EQ(name_of(im->GetIndirectKey("ColorSpace")), "DeviceRGB");
  EXPECT_EQ(number_of(im->GetIndirectKey("Width")), 64);
  EXPECT_EQ(number_of(im->GetIndirectKey("Height")), 48);
  EXPECT_EQ(number_of(im->GetIndirectKey("BitsPerComponent")), 8);
  EXPECT_FALSE(im->GetDictionary().HasKey("Decode"));
  EXPECT_EQ(raw_stream(im), file_bytes(kFixtures + "rgb-progressive.jpg")) << "not one byte recompressed";
  // Drawn into its box: 128 x 96 pt at (72, 100) from the top left, in PDF space from the bottom.
  EXPECT_NE(decoded_stream(pdf.doc.GetPage(0)->GetContents()).find("/Span <</ActualText <FEFF0061006C0074>>> BDC q 128 0 0 96 72 646 cm /Im0 Do Q EMC\n"),
            std::string::npos);
}

TEST(ImageEmbedding, AdobeCmykJpegsAreInvertedByTheirDecodeArray) {
  frame::PagedDoc doc = test::a4_doc(1);
  place(doc, 0, kFixtures + "cmyk-adobe.jpg", 0, 0, 64, 48);
  const std::vector<char> bytes = write_pdf(doc);
  Loaded pdf(bytes);
  const PdfObject* im = pdf.xobject(0, "Im0");
  ASSERT_NE(im, nullptr);
  EXPECT_EQ(name_of(im->GetIndirectKey("ColorSpace")), "DeviceCMYK");
  const PdfObject* decode = im->GetIndirectKey("Decode");
  ASSERT_TRUE(decode && decode->IsArray());
  std::string values;
  for (const PdfObject& v : decode->GetArray()) values += std::to_string(v.GetNumber()) + " ";
  EXPECT_EQ(values, "1 0 1 0 1 0 1 0 ");
  // Pixel (0, 0) is little ink (C 0, M 0, Y 64, K 32): light, not the near-black its stored
  // samples (255, 255, 191, 223) would print without the inversion.
  const Rgb light = pixel(bytes, 1, 1);
  EXPECT_GT(light.r, 160);
  EXPECT_GT(light.g, 160);
}

TEST(ImageEmbedding, APngKeepsItsSamplesAndItsAlphaAsASoftMask) {
  frame::PagedDoc doc = test::a4_doc(1);
  place(doc, 0, kFixtures + "rgba.png", 0, 0, 64, 48);
  Loaded pdf(write_pdf(doc));
  const PdfObject* im = pdf.xobject(0, "Im0");
  ASSERT_NE(im, nullptr);
  EXPECT_EQ(name_of(im->GetIndirectKey("Filter")), "FlateDecode");
  EXPECT_EQ(name_of(im->GetIndirectKey("ColorSpace")), "DeviceRGB");
  const std::string rgb = decoded_stream(im);
  ASSERT_EQ(rgb.size(), 64u * 48u * 3u);
  EXPECT_EQ(static_cast<unsigned char>(rgb[(20 * 64 + 30) * 3]), 120);  // R = 4x at (30, 20)
  const PdfObject* mask = im->GetIndirectKey("SMask");
  ASSERT_NE(mask, nullptr);
  EXPECT_EQ(name_of(mask->GetIndirectKey("ColorSpace")), "DeviceGray");
  const std::string alpha = decoded_stream(mask);
  ASSERT_EQ(alpha.size(), 64u * 48u);
  EXPECT_EQ(static_cast<unsigned char>(alpha[0]), 255);
  EXPECT_EQ(static_cast<unsigned char>(alpha[47 * 64]), 20);
}

TEST(ImageEmbedding, AnOpaquePngHasNoSoftMask) {
  frame::PagedDoc doc = test::a4_doc(1);
  place(doc, 0, kFixtures + "grey.png", 0, 0, 64, 48);
  const std::vector<char> bytes = write_pdf(doc);
  Loaded pdf(bytes);
  const PdfObject* im = pdf.xobject(0, "Im0");
  ASSERT_NE(im, nullptr);
  EXPECT_EQ(name_of(im->GetIndirectKey("ColorSpace")), "DeviceGray");
  EXPECT_FALSE(im->GetDictionary().HasKey("SMask"));
  // L = 4x: dark at the left, light at the right (one pt per pixel at 72 dpi).
  EXPECT_LT(pixel(bytes, 2, 10).r, 20);
  EXPECT_GT(pixel(bytes, 62, 10).r, 230);
}

TEST(ImageEmbedding, APdfChartIsAFormOfVectorsWithItsFonts) {
  frame::PagedDoc doc = test::a4_doc(1);
  place(doc, 0, kFixtures + "vector-chart.pdf", 72, 72, 85.03937, 56.692913);  // half of 60 x 40 mm
  Loaded pdf(write_pdf(doc));
  const PdfObject* form = pdf.xobject(0, "Im0");
  ASSERT_NE(form, nullptr);
  EXPECT_EQ(name_of(form->GetIndirectKey("Subtype")), "Form");
  const PdfObject* resources = form->GetIndirectKey("Resources");
  ASSERT_NE(resources, nullptr);
  const PdfObject* fonts = resources->GetIndirectKey("Font");
  ASSERT_TRUE(fonts && fonts->IsDictionary());
  EXPECT_FALSE(fonts->GetDictionary().GetKeys().empty());
  EXPECT_EQ(pdf.objects_with("Subtype", "Image"), 0) << "no raster image anywhere: the chart is vectors";
  EXPECT_NE(decoded_stream(form).find("] TJ"), std::string::npos) << "its labels are text";
  const std::string content = decoded_stream(pdf.doc.GetPage(0)->GetContents());
  EXPECT_NE(content.find("q 0.5 0 0 0.5 72 713.307 cm /Im0 Do Q EMC\n"), std::string::npos) << content;
}

// A chart's labels would read as lines of their own beside the columns: a reader copying the
// page gets the figure's alt text in their place, and nothing for a photo.
TEST(ImageEmbedding, AFigureReadsAsItsAltText) {
  frame::PagedDoc doc = test::a4_doc(1);
  place(doc, 0, kFixtures + "vector-chart.pdf", 72, 72, 170, 113, "Chart: launches, \u00e9t\u00e9");
  place(doc, 0, kFixtures + "rgb-baseline.jpg", 72, 400, 64, 48, "A photo");
  const std::vector<char> bytes = write_pdf(doc);
  std::unique_ptr<poppler::document> read(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  std::unique_ptr<poppler::page> page(read->create_page(0));
  const auto text = page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
  EXPECT_EQ(std::string(text.begin(), text.end()), "Chart: launches, \u00e9t\u00e9\n\n\f");
}

TEST(ImageEmbedding, APictureShownOftenIsEmbeddedOnce) {
  frame::PagedDoc doc = test::a4_doc(2);
  for (int page = 0; page < 2; ++page)
    for (double y : {50.0, 300.0}) place(doc, page, kFixtures + "rgb-baseline.jpg", 72, y, 64, 48);
  Loaded pdf(write_pdf(doc));
  EXPECT_EQ(pdf.objects_with("Filter", "DCTDecode"), 1);
  EXPECT_EQ(pdf.xobject(0, "Im0")->Reference(), pdf.xobject(1, "Im0")->Reference());
}

TEST(ImageEmbedding, ChartsWhoseFontsShareASubsetNameKeepTheirOwnFonts) {
  frame::PagedDoc doc = test::a4_doc(1);
  place(doc, 0, kArchive + "2023/images/2023-12-rd-spending.pdf", 50, 50, 200, 125);
  place(doc, 0, kArchive + "2024/images/2024-12-launches-per-year.pdf", 50, 300, 200, 112);
  Loaded pdf(write_pdf(doc));
  auto font_of = [&](const char* form) {
    const PdfObject* fonts = pdf.xobject(0, form)->GetIndirectKey("Resources")->GetIndirectKey("Font");
    return fonts->GetDictionary().GetKeys().begin()->second->GetReference();
  };
  EXPECT_NE(font_of("Im0"), font_of("Im1"));
}

}  // namespace
}  // namespace folio::pdf
