// Pages given to the PDF one at a time, in any order: every code a page's stream holds is known
// when the page is built (Type0 fonts: the font's glyph ids; colour fonts: first use), so the
// order pages come in changes nothing but a colour font's codes.
#include "pdf/pdf_builder.hpp"

#include <gtest/gtest.h>
#include <podofo/podofo.h>
#include <poppler/cpp/poppler-document.h>

#include <regex>
#include <set>

#include "folio/diagnostic.hpp"
#include "pdf/cff_charset.hpp"
#include "pdf/loaded_pdf.hpp"
#include "pdf/pdf_test_support.hpp"
#include "pdf/pdf_writer.hpp"

namespace folio::pdf {
namespace {

using namespace PoDoFo;
using namespace test;  // hand-made documents, and PDFs loaded back
using Loaded = LoadedPdf;

const std::string kDejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";  // 6,253 glyphs

// The pages of `doc` given to a builder in `order`; its PDF.
std::vector<char> built(const frame::PagedDoc& doc, const std::vector<std::size_t>& order, unsigned threads = 1) {
  PdfBuilder builder(doc.width, doc.height, threads);
  for (std::size_t i : order) builder.add_page(i, doc.pages[i], doc.fonts, doc.images);
  return builder.finish(doc.pages.size(), doc.outline, doc.info);
}

// Three pages: a font first drawn on the last page, and a link on page 1 to an anchor on page 3.
frame::PagedDoc three_pages() {
  frame::PagedDoc doc = a4_doc(3);
  doc.fonts.push_back({1, test::kSans, 0});
  add_run(doc.pages[0], make_run(test::kSerif, 0, "Contents: the letters are on page 3", 11), 72, 100);
  doc.pages[0].add({pt(72), pt(90)}, frame::Link{pt(50), pt(12), {}, "letters"});
  add_run(doc.pages[1], make_run(test::kSerif, 0, "The office opens at nine.", 11), 72, 100);
  doc.pages[2].add({pt(72), pt(80)}, frame::Anchor{"letters"});
  add_run(doc.pages[2], make_run(test::kSans, 1, "Letters to the editor", 14), 72, 100);
  doc.outline = {{"Letters", 1, 2, pt(80)}};
  return doc;
}

// Objects are numbered and written in the order pages are given, so the same order gives the
// same bytes on any number of threads; another order, the same pages.
TEST(PdfBuilder, PagesInAnyOrderGiveTheSamePages) {
  const frame::PagedDoc doc = three_pages();
  const std::vector<char> in_order = write_pdf(doc);
  EXPECT_EQ(built(doc, {0, 1, 2}), in_order);
  EXPECT_EQ(built(doc, {1, 2, 0}, 3), built(doc, {1, 2, 0}, 1));  // the contents page last, as composition gives it
  const auto expected = read(in_order);
  for (const std::vector<std::size_t>& order : {std::vector<std::size_t>{2, 1, 0}, {1, 2, 0}}) {
    const auto got = read(built(doc, order));
    ASSERT_EQ(got->doc->pages(), 3);
    for (int p = 0; p < 3; ++p) EXPECT_EQ(page_text(*got->doc, p), page_text(*expected->doc, p)) << p;
  }
}

TEST(PdfBuilder, APageNeverGivenOrGivenPastTheCountIsAnError) {
  const frame::PagedDoc doc = three_pages();
  EXPECT_THROW(built(doc, {0, 2}), Error);
  PdfBuilder beyond(doc.width, doc.height);
  for (std::size_t i = 0; i < 3; ++i) beyond.add_page(i, doc.pages[i], doc.fonts, doc.images);
  EXPECT_THROW(beyond.finish(2, {}, {}), Error);
}

// A footer that shows the page count comes once the count is known: a second part of its page,
// a content stream of its own painted after the first, both read back as the page's text.
TEST(PdfBuilder, ASecondPartOfAPageIsPaintedAfterIt) {
  frame::PagedDoc doc = a4_doc(2);
  add_run(doc.pages[0], make_run(test::kSerif, 0, "Body text", 11), 72, 100);
  add_run(doc.pages[1], make_run(test::kSerif, 0, "More body", 11), 72, 100);
  frame::Frame footer;
  add_run(footer, make_run(test::kSerif, 0, "Page 1 of 2", 9), 72, 800);
  PdfBuilder builder(doc.width, doc.height);
  builder.add_page(1, doc.pages[1], doc.fonts, doc.images);
  builder.add_page(0, doc.pages[0], doc.fonts, doc.images);
  builder.add_page(0, footer, doc.fonts, doc.images);
  std::vector<char> bytes = builder.finish(2, {}, {});
  Loaded pdf(bytes);
  const PdfObject* contents = pdf.doc.GetPage(0)->GetObject()->GetIndirectKey("Contents");
  ASSERT_TRUE(contents && contents->IsArray());
  EXPECT_EQ(contents->GetArray().size(), 2u);
  EXPECT_FALSE(pdf.doc.GetPage(1)->GetObject()->GetIndirectKey("Contents")->IsArray());
  const auto reader = read(bytes);
  // poppler puts the footer's distance from the body as blank lines.
  EXPECT_EQ(std::regex_replace(page_text(*reader->doc, 0), std::regex("\n+"), "\n"), "Body text\nPage 1 of 2");
  EXPECT_EQ(page_text(*reader->doc, 1), "More body");
}

// A name-keyed CFF font goes in as its OpenType program (FontFile3 /OpenType), which PDF 1.6
// brought: the header, written first as 1.4, says 1.6 once the fonts are embedded at the end.
TEST(PdfBuilder, AnOpenTypeFontProgramMakesItPdf16) {
  const std::string lobster = std::string(FOLIO_SOURCE_DIR) + "/golden/cases/brand/fonts/lobster.otf";  // OFL
  frame::PagedDoc doc = a4_doc(2);
  doc.fonts.push_back({1, lobster, 0});
  add_run(doc.pages[0], make_run(test::kSerif, 0, "Plain text", 11), 72, 100);
  add_run(doc.pages[1], make_run(lobster, 1, "Brand title", 24), 72, 100);
  const std::vector<char> bytes = built(doc, {1, 0});
  EXPECT_EQ(std::string(bytes.data(), 8), "%PDF-1.6");
  Loaded pdf(bytes);
  EXPECT_EQ(pdf.objects_with("Subtype", "OpenType"), 1);
  const auto reader = read(bytes);
  EXPECT_EQ(page_text(*reader->doc, 1), "Brand title");
}

TEST(PdfBuilder, AMissingFontFileIsReportedWhenAPageFirstDrawsIt) {
  frame::PagedDoc doc = a4_doc(2);
  doc.fonts.push_back({1, "/nonexistent/Font.ttf", 0});
  add_run(doc.pages[1], make_run(test::kSans, 1, "x", 11), 72, 100);
  PdfBuilder builder(doc.width, doc.height);
  builder.add_page(0, doc.pages[0], doc.fonts, doc.images);  // does not draw it
  try {
    builder.add_page(1, doc.pages[1], doc.fonts, doc.images);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().pos.file, "/nonexistent/Font.ttf");
  }
}

// The colour font's code of each glyph in page `page`'s content stream, in order.
std::vector<int> color_codes_drawn(Loaded& pdf, int page) {
  const std::string content = test::stream_of(pdf.doc.GetPage(page)->GetContents());
  std::vector<int> codes;
  const std::regex shown("/F1 [0-9.]+ Tf\n(?:[^\n]*\n)*?\\[<([0-9A-F]+)>\\] TJ");
  for (std::sregex_iterator it(content.begin(), content.end(), shown), end; it != end; ++it)
    for (std::size_t k = 0; k + 1 < (*it)[1].str().size(); k += 2) codes.push_back(std::stoi((*it)[1].str().substr(k, 2), nullptr, 16));
  return codes;
}

TEST(PdfBuilder, ColourFontCodesFollowFirstUseInTheOrderPagesAreGiven) {
  frame::PagedDoc doc = a4_doc(2);
  doc.fonts.push_back({1, kEmoji, 0});
  add_run(doc.pages[0], make_run(kEmoji, 1, "\U0001F680", 12), 72, 100);            // 🚀
  add_run(doc.pages[1], make_run(kEmoji, 1, "\U0001F600\U0001F680", 12), 72, 100);  // 😀🚀
  const std::uint32_t grin = make_run(kEmoji, 1, "\U0001F600", 12).glyphs[0].gid;
  const std::uint32_t rocket = make_run(kEmoji, 1, "\U0001F680", 12).glyphs[0].gid;
  ASSERT_GT(rocket, grin);  // so first use differs from glyph id order
  for (const bool reverse : {false, true}) {
    Loaded pdf(built(doc, reverse ? std::vector<std::size_t>{1, 0} : std::vector<std::size_t>{0, 1}));
    const std::vector<int> page1 = color_codes_drawn(pdf, 1);
    // In order: 🚀 is 1 (page 1), 😀 2. Page 2 first: 😀 1, 🚀 2.
    EXPECT_EQ(page1, reverse ? std::vector<int>({1, 2}) : std::vector<int>({2, 1}));
    EXPECT_EQ(color_codes_drawn(pdf, 0), std::vector<int>{reverse ? 2 : 1});
    const PdfArray& differences = pdf.font(0, "F1")->GetIndirectKey("Encoding")->GetIndirectKey("Differences")->GetArray();
    ASSERT_EQ(differences.size(), 4u);  // 0 /m /g.. /g..
    const std::string first = "g" + std::to_string(reverse ? grin : rocket);
    const std::string second = "g" + std::to_string(reverse ? rocket : grin);
    EXPECT_EQ(differences[2].GetName().GetName(), first);
    EXPECT_EQ(differences[3].GetName().GetName(), second);
    auto reader = test::read(std::vector<char>(pdf.bytes));
    EXPECT_NE(test::page_text(*reader->doc, 1).find("\U0001F600\U0001F680"), std::string::npos);
  }
}

TEST(PdfBuilder, The256thDistinctEmojiIsAnErrorAtThePageThatDrawsIt) {
  // U+1F300 on: pictographs, each its own glyph in the colour font.
  const auto emoji = [](char32_t from, char32_t to) {
    std::string utf8;
    for (char32_t c = from; c < to; ++c) {
      utf8 += static_cast<char>(0xF0 | (c >> 18));
      utf8 += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      utf8 += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      utf8 += static_cast<char>(0x80 | (c & 0x3F));
    }
    return utf8;
  };
  frame::PagedDoc doc = a4_doc(2);
  doc.fonts.push_back({1, kEmoji, 0});
  const frame::GlyphRun first = make_run(kEmoji, 1, emoji(0x1F300, 0x1F300 + 200), 12);
  const frame::GlyphRun second = make_run(kEmoji, 1, emoji(0x1F300 + 200, 0x1F300 + 330), 12);
  std::set<std::uint32_t> gids;
  for (const frame::Glyph& g : first.glyphs) gids.insert(g.gid);
  ASSERT_LE(gids.size(), 255u);
  for (const frame::Glyph& g : second.glyphs) gids.insert(g.gid);
  ASSERT_GT(gids.size(), 255u);
  add_run(doc.pages[0], first, 72, 100);
  add_run(doc.pages[1], second, 72, 100);
  PdfBuilder builder(doc.width, doc.height);
  builder.add_page(0, doc.pages[0], doc.fonts, doc.images);
  try {
    builder.add_page(1, doc.pages[1], doc.fonts, doc.images);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().pos.file, kEmoji);
    EXPECT_NE(e.diagnostic().message.find("more than 255 different emoji"), std::string::npos) << e.diagnostic().message;
  }
}

TEST(PdfBuilder, ALargeTrueTypeFontIsRenumberedThroughACidToGidMap) {
  const std::string text = "Zo\u00EB \u0416";  // Zoë Ж
  frame::PagedDoc doc = a4_doc(1);
  doc.fonts.push_back({1, kDejaVu, 0});
  const frame::GlyphRun run = make_run(kDejaVu, 1, text, 12);
  add_run(doc.pages[0], run, 72, 100);
  const std::vector<char> bytes = write_pdf(doc);
  Loaded pdf(bytes);
  PdfObject* cid = &pdf.font(0, "F1")->GetIndirectKey("DescendantFonts")->GetArray()[0];
  if (cid->IsReference()) cid = pdf.doc.GetObjects().GetObject(cid->GetReference());
  EXPECT_EQ(name_of(cid->GetIndirectKey("Subtype")), "CIDFontType2");
  PdfObject* map = cid->GetIndirectKey("CIDToGIDMap");
  ASSERT_NE(map, nullptr);
  ASSERT_TRUE(map->HasStream());
  const std::string to_gid = test::stream_of(map);
  std::set<std::uint32_t> gids;
  for (const frame::Glyph& g : run.glyphs) gids.insert(g.gid);
  ASSERT_GT(*gids.rbegin(), 500u);  // Ж is far into the font: the map is not the identity
  EXPECT_EQ(to_gid.size(), 2 * (*gids.rbegin() + 1));
  std::set<unsigned> subset_gids;
  for (const std::uint32_t gid : gids) {
    const unsigned sub = static_cast<unsigned char>(to_gid[2 * gid]) << 8 | static_cast<unsigned char>(to_gid[2 * gid + 1]);
    EXPECT_GT(sub, 0u) << "glyph " << gid;
    EXPECT_LT(sub, 16u) << "glyph " << gid;  // a subset of these glyphs, .notdef and composites' parts
    subset_gids.insert(sub);
  }
  EXPECT_EQ(subset_gids.size(), gids.size());
  // /W and the content stream use the font's glyph ids.
  EXPECT_EQ(cid->GetIndirectKey("W")->GetArray()[0].GetNumber(), static_cast<pdf_int64>(*gids.begin()));
  auto reader = test::read(bytes);
  EXPECT_NE(test::page_text(*reader->doc, 0).find(text), std::string::npos) << test::page_text(*reader->doc, 0);
}

TEST(CffCharset, TheShortestFormatForTheCids) {
  // Runs: format 1, 3 bytes a run.
  EXPECT_EQ(cff_charset({0, 1, 2, 3}), std::string("\x01\x00\x01\x02", 4));
  // Scattered CIDs: format 0, 2 bytes each.
  EXPECT_EQ(cff_charset({0, 5, 9}), std::string("\x00\x00\x05\x00\x09", 5));
  // A run longer than format 1's 256: format 2, 4 bytes a run.
  std::vector<std::uint32_t> long_run{0};
  for (std::uint32_t c = 1000; c < 1600; ++c) long_run.push_back(c);
  EXPECT_EQ(cff_charset(long_run), std::string("\x02\x03\xE8\x02\x57", 5));
}

}  // namespace
}  // namespace folio::pdf
