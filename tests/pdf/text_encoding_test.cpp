// Numbers, ToUnicode CMaps, subset tags and dates: the small encoders behind the PDF writer.
#include <gtest/gtest.h>

#include <regex>

#include "pdf/doc_info.hpp"
#include "pdf/font_embedder.hpp"
#include "pdf/pdf_number.hpp"
#include "pdf/to_unicode.hpp"

namespace folio::pdf {
namespace {

TEST(PdfNumber, FormatsWithAtMostThreeDecimals) {
  EXPECT_EQ(format_number(0), "0");
  EXPECT_EQ(format_number(12), "12");
  EXPECT_EQ(format_number(-0.5), "-0.5");
  EXPECT_EQ(format_number(612.2834), "612.283");
  EXPECT_EQ(format_number(0.1 + 0.2), "0.3");
  EXPECT_EQ(format_number(1234567.8915), "1234567.892");
  EXPECT_EQ(format_number(-0.0004), "0");  // never "-0"
  EXPECT_EQ(format_number(1e-9), "0");
  EXPECT_EQ(format_number(1e12), "1000000000000");
  EXPECT_EQ(format_number(-7.05), "-7.05");
  EXPECT_DOUBLE_EQ(round3(2.71828), 2.718);
}

TEST(ToUnicode, Utf16BigEndianHex) {
  EXPECT_EQ(utf8_to_utf16be_hex("fi"), "00660069");
  EXPECT_EQ(utf8_to_utf16be_hex("é—"), "00E92014");
  EXPECT_EQ(utf8_to_utf16be_hex("\xF0\x9F\x98\x80"), "D83DDE00");  // U+1F600: a surrogate pair
  EXPECT_EQ(utf8_to_utf16be_hex(std::string("a\xFF") + "b"), "0061FFFD0062");
  EXPECT_EQ(utf8_to_utf16be_hex("\xC0\xAF"), "FFFDFFFD");  // overlong '/'
  EXPECT_EQ(utf8_to_utf16be_hex("\xE2\x82"), "FFFD");      // truncated
}

TEST(ToUnicode, CMapBlocksOfAtMostHundred) {
  std::map<std::uint32_t, std::string> text;
  for (std::uint32_t gid = 1; gid <= 150; ++gid) text[gid] = "x";
  text[200] = "";  // no text: no entry
  text[0x854] = "ffi";
  std::string cmap = to_unicode_cmap(text);
  EXPECT_NE(cmap.find("100 beginbfchar\n<0001> <0078>\n"), std::string::npos);
  EXPECT_NE(cmap.find("51 beginbfchar\n<0065> <0078>\n"), std::string::npos);
  EXPECT_NE(cmap.find("<0854> <006600660069>\nendbfchar\n"), std::string::npos);
  EXPECT_EQ(cmap.find("<00C8>"), std::string::npos);
  EXPECT_NE(cmap.find("<0000> <FFFF>\nendcodespacerange"), std::string::npos);
  std::regex blocks("beginbfchar");
  EXPECT_EQ(std::distance(std::sregex_iterator(cmap.begin(), cmap.end(), blocks), std::sregex_iterator()), 2);
}

TEST(SubsetTag, SixLettersFromTheGlyphSet) {
  std::string a = subset_tag({0, 3, 17, 82});
  EXPECT_TRUE(std::regex_match(a, std::regex("[A-Z]{6}"))) << a;
  EXPECT_EQ(subset_tag({0, 3, 17, 82}), a);
  EXPECT_NE(subset_tag({0, 3, 17, 83}), a);
}

TEST(DocInfo, PdfDatesInUtc) {
  EXPECT_EQ(pdf_date(0), "D:19700101000000Z");
  EXPECT_EQ(pdf_date(951782400), "D:20000229000000Z");
  EXPECT_EQ(pdf_date(1700000000), "D:20231114221320Z");
}

}  // namespace
}  // namespace folio::pdf
