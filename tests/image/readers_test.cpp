// Each fixture read as the PDF writer will embed it: sizes, colour spaces, the Adobe inversion,
// decoded samples against the fixture's formula, and the errors for damaged files.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "folio/diagnostic.hpp"
#include "image/format_sniffer.hpp"
#include "image/jpeg_markers.hpp"
#include "image/jpeg_reader.hpp"
#include "image/png_reader.hpp"
#include "image/image_test_util.hpp"
#include "image/vector_page.hpp"

namespace folio::image {
namespace {

using testing::at;
using testing::fixture;
using testing::inflated;

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.diagnostic().message;
  }
  return "<no error>";
}

TEST(Sniff, KnowsTheFormatsFromTheirBytes) {
  EXPECT_EQ(sniff_format(fixture("rgb-baseline.jpg")), Format::Jpeg);
  EXPECT_EQ(sniff_format(fixture("palette-trns.png")), Format::Png);
  EXPECT_EQ(sniff_format(fixture("vector-chart.pdf")), Format::Pdf);
}

TEST(Sniff, SaysWhatToConvertOtherFormatsTo) {
  EXPECT_EQ(error_of([] { sniff_format(fixture("unsupported.svg")); }),
            "SVG is not a format folio reads: convert it to PDF, which keeps it vector (for example with "
            "'rsvg-convert -f pdf -o chart.pdf chart.svg')");
  EXPECT_EQ(error_of([] { sniff_format(fixture("unsupported.webp")); }),
            "WebP is not a format folio reads: convert it to JPEG (a photo) or PNG (a chart, a screenshot)");
  EXPECT_EQ(error_of([] { sniff_format(fixture("unsupported.tiff")); }),
            "TIFF is not a format folio reads: convert it to JPEG (a photo, CMYK included) or PNG");
  EXPECT_EQ(error_of([] { sniff_format("hello"); }),
            "the file is not a JPEG, PNG or PDF file (the formats folio reads)");
  EXPECT_EQ(error_of([] { sniff_format(""); }), "the file is empty");
}

// Found by the image fuzzer: a file shorter than the fields compared past its start (a WebP's
// "WEBP" at 8, a HEIF's "ftyp" at 4) threw std::out_of_range instead of folio's error.
TEST(Sniff, FilesShorterThanAHeaderAreNoFormat) {
  const std::string none = "the file is not a JPEG, PNG or PDF file (the formats folio reads)";
  for (const std::string bytes : {std::string("\0\xFF", 2), std::string("RIFF"), std::string("RIFF\0\0\0\0WEB", 11),
                                  std::string("\0\0\0\x18" "fty", 7)})
    EXPECT_EQ(error_of([&] { sniff_format(bytes); }), none) << bytes.size();
}

TEST(Jpeg, BaselineAndProgressiveRgbPassThrough) {
  for (const char* name : {"rgb-baseline.jpg", "rgb-progressive.jpg"}) {
    const std::string bytes = fixture(name);
    const Picture p = read_jpeg(bytes);
    EXPECT_EQ(p.width_px, 64) << name;
    EXPECT_EQ(p.height_px, 48) << name;
    EXPECT_EQ(p.space, ColorSpace::Rgb) << name;
    EXPECT_FALSE(p.inverted) << name;
    EXPECT_EQ(p.data, bytes) << name << ": the DCT stream is embedded as the file has it";
  }
}

TEST(Jpeg, GreyAndAdobeCmyk) {
  const Picture grey = read_jpeg(fixture("grey.jpg"));
  EXPECT_EQ(grey.space, ColorSpace::Gray);
  EXPECT_FALSE(grey.inverted);
  const Picture cmyk = read_jpeg(fixture("cmyk-adobe.jpg"));
  EXPECT_EQ(cmyk.space, ColorSpace::Cmyk);
  EXPECT_TRUE(cmyk.inverted) << "the Adobe marker: samples hold 255 - ink";
  EXPECT_EQ(cmyk.width_px, 64);
}

TEST(Jpeg, TruncatedIsDamaged) {
  EXPECT_EQ(error_of([] { read_jpeg(fixture("truncated.jpg")); }),
            "the JPEG file is damaged (Premature end of JPEG file)");
}

// The file is never decoded, so its markers must say when it was cut: every prefix of a whole
// file (baseline, progressive with its many scans, CMYK) is refused, the file itself is not.
TEST(Jpeg, EveryCutOfAWholeFileIsDamaged) {
  for (const char* name : {"rgb-baseline.jpg", "rgb-progressive.jpg", "cmyk-adobe.jpg", "grey.jpg"}) {
    const std::string bytes = fixture(name);
    EXPECT_EQ(jpeg_structure_problem(bytes), "") << name;
    for (std::size_t cut = 0; cut < bytes.size(); ++cut)
      ASSERT_NE(jpeg_structure_problem(std::string_view(bytes).substr(0, cut)), "") << name << " cut at " << cut;
  }
  const std::string whole = fixture("rgb-baseline.jpg");
  EXPECT_EQ(error_of([&] { read_jpeg(whole.substr(0, whole.size() - 2)); }),
            "the JPEG file is damaged (Premature end of JPEG file)");
  // A segment whose length points past the end of the file.
  EXPECT_EQ(jpeg_structure_problem(std::string("\xFF\xD8\xFF\xE0\x40\x00JFIF", 10)), "Premature end of JPEG file");
  EXPECT_EQ(jpeg_structure_problem(std::string("\xFF\xD8\xFF\xE0\x00\x01\xFF\xD9", 8)),
            "a marker segment is shorter than its length field");
  EXPECT_EQ(jpeg_structure_problem("GIF89a"), "Not a JPEG file");
}

TEST(Png, GreyIsDecodedExactly) {
  const Picture p = read_png(fixture("grey.png"));
  ASSERT_EQ(p.space, ColorSpace::Gray);
  const std::string s = inflated(p.data, 64 * 48);
  ASSERT_EQ(s.size(), 64u * 48u);
  EXPECT_EQ(at(s, 0), 0);
  EXPECT_EQ(at(s, 63), 252);          // L = 4x
  EXPECT_EQ(at(s, 47 * 64 + 10), 40);
  EXPECT_TRUE(p.alpha.empty());
}

TEST(Png, SixteenBitsKeepTheHighByte) {
  const Picture p = read_png(fixture("grey16.png"));
  const std::string s = inflated(p.data, 64 * 48);
  EXPECT_EQ(at(s, 47 * 64 + 63), 49136 >> 8);  // 1024y + 16x at (63, 47)
  EXPECT_EQ(at(s, 10 * 64 + 32), 4 * 10 + 2);   // high byte 4y + x div 16
}

TEST(Png, RgbaSplitsItsAlphaIntoASoftMask) {
  const Picture p = read_png(fixture("rgba.png"));
  ASSERT_EQ(p.space, ColorSpace::Rgb);
  const std::string rgb = inflated(p.data, 64 * 48 * 3);
  const std::string alpha = inflated(p.alpha, 64 * 48);
  const std::size_t px = 20 * 64 + 30;  // (30, 20)
  EXPECT_EQ(at(rgb, px * 3), 120);      // R = 4x
  EXPECT_EQ(at(rgb, px * 3 + 1), 100);  // G = 5y
  EXPECT_EQ(at(rgb, px * 3 + 2), 128);
  EXPECT_EQ(at(alpha, 0), 255);             // opaque top row
  EXPECT_EQ(at(alpha, 47 * 64), 255 - 235);  // A = 255 - 5y
}

TEST(Png, PaletteWithTransparencyBecomesRgbAndAlpha) {
  const Picture p = read_png(fixture("palette-trns.png"));
  ASSERT_EQ(p.space, ColorSpace::Rgb);
  const std::string rgb = inflated(p.data, 64 * 48 * 3);
  const std::string alpha = inflated(p.alpha, 64 * 48);
  // Stripes of 16 columns: white transparent, #A6192E, white, #808080 at alpha 128.
  EXPECT_EQ(at(alpha, 5), 0);
  EXPECT_EQ(at(rgb, 20 * 3), 0xA6);
  EXPECT_EQ(at(rgb, 20 * 3 + 1), 0x19);
  EXPECT_EQ(at(rgb, 20 * 3 + 2), 0x2E);
  EXPECT_EQ(at(alpha, 20), 255);
  EXPECT_EQ(at(alpha, 40), 255);
  EXPECT_EQ(at(rgb, 60 * 3), 0x80);
  EXPECT_EQ(at(alpha, 60), 128);
}

TEST(Png, ABadChecksumIsDamaged) {
  EXPECT_EQ(error_of([] { read_png(fixture("bad-crc.png")); }), "the PNG file is damaged (IDAT: CRC error)");
}

TEST(Png, ABombIsRefusedFromItsHeader) {
  // The file holds one row of pixel data: decoding it would fail as truncated, not like this.
  EXPECT_EQ(error_of([] { read_png(fixture("bomb-100000x100000.png")); }),
            "the image is 100000 x 100000 pixels, more than folio decodes (100,000,000 pixels, "
            "docs/format.md): scale it down (300 ppi at its printed size is plenty)");
}

TEST(Pdf, PageOneKeepsItsSizeInPoints) {
  const Picture p = read_pdf(fixture("vector-chart.pdf"));
  EXPECT_EQ(p.format, Format::Pdf);
  EXPECT_NEAR(p.width_pt, 170.08, 0.01);
  EXPECT_NEAR(p.height_pt, 113.39, 0.01);
  ASSERT_TRUE(p.vector);
  EXPECT_EQ(p.vector->rotation, 0);
}

TEST(Pdf, ATruncatedPdfIsDamaged) {
  const std::string bytes = fixture("vector-chart.pdf");
  const std::string message = error_of([&] { read_pdf(bytes.substr(0, bytes.size() / 3)); });
  EXPECT_EQ(message.rfind("the PDF file is damaged (", 0), 0u) << message;
}

// Found by the image fuzzer: a 15 KB PDF whose cross-reference table claims millions of objects
// made PoDoFo allocate 580 MB for it; past 100,000 objects the file is refused.
TEST(Pdf, ACrossReferenceTableOfMillionsIsRefused) {
  std::ifstream in(std::string(FOLIO_SOURCE_DIR) + "/fuzz/regressions/image/pdf-xref-claims-millions-of-objects.pdf",
                   std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_EQ(bytes.size(), 15020u);
  EXPECT_EQ(error_of([&] { read_pdf(bytes); }), "the PDF file is damaged (A object was expected but not found.)");
  // A chart far below the bound still reads.
  EXPECT_GT(read_pdf(fixture("vector-chart.pdf")).width_pt, 0);
}

// Found by the image fuzzer: a page tree whose count says one page where PoDoFo finds none gave
// a null page, and read_pdf called through it.
TEST(Pdf, APageTreeWithoutItsPageIsDamaged) {
  std::ifstream in(std::string(FOLIO_SOURCE_DIR) + "/fuzz/regressions/image/pdf-page-tree-without-page-1.pdf",
                   std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(bytes.size(), 7000u);
  EXPECT_EQ(error_of([&] { read_pdf(bytes); }),
            "the PDF file is damaged (its page 1 is missing from its page tree)");
}

}  // namespace
}  // namespace folio::image
