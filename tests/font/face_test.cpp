#include "font/face.hpp"

#include <gtest/gtest.h>
#include <hb.h>

#include "folio/diagnostic.hpp"

namespace folio::font {
namespace {

const std::string kFonts = FOLIO_SOURCE_DIR "/fonts/";

TEST(Face, NamesAndStyle) {
  Face face(3, kFonts + "NotoSerif-BoldItalic.ttf", 0);
  EXPECT_EQ(face.id(), 3);
  EXPECT_EQ(face.index(), 0);
  EXPECT_EQ(face.path(), kFonts + "NotoSerif-BoldItalic.ttf");
  EXPECT_EQ(face.family(), "Noto Serif");
  EXPECT_EQ(face.postscript_name(), "NotoSerif-BoldItalic");
  EXPECT_EQ(face.weight(), 700);
  EXPECT_TRUE(face.italic());
}

TEST(Face, MetricsOfNotoSerifRegular) {
  Face face(0, kFonts + "NotoSerif-Regular.ttf", 0);
  const FaceMetrics& m = face.metrics();
  EXPECT_EQ(m.units_per_em, 1000);
  EXPECT_EQ(m.ascender, 1069);
  EXPECT_EQ(m.descender, -293);
  EXPECT_EQ(m.cap_height, 714);
  EXPECT_EQ(m.x_height, 536);
  // post table: top of the underline 100 units below the baseline, 50 thick.
  EXPECT_EQ(m.underline_position, -100);
  EXPECT_EQ(m.underline_thickness, 50);
  EXPECT_EQ(m.bbox[0], -693);
  EXPECT_EQ(m.bbox[1], -389);
  EXPECT_EQ(m.bbox[2], 2797);
  EXPECT_EQ(m.bbox[3], 1048);
  EXPECT_EQ(m.italic_angle, 0.0);
  EXPECT_EQ(m.superscript_size, 600);
  EXPECT_EQ(m.superscript_offset, 350);
  EXPECT_EQ(m.subscript_size, 600);
  EXPECT_EQ(m.subscript_offset, 75);
  EXPECT_EQ(m.weight_class, 400);
  EXPECT_FALSE(m.fixed_pitch);
  EXPECT_TRUE(m.serif);
  EXPECT_FALSE(face.italic());
}

TEST(Face, ItalicSansAndMonoMetrics) {
  Face italic(0, kFonts + "NotoSans-Italic.ttf", 0);
  EXPECT_EQ(italic.metrics().italic_angle, -12.0);
  EXPECT_FALSE(italic.metrics().serif);
  EXPECT_TRUE(italic.italic());
  Face mono(1, kFonts + "NotoSansMono-Regular.ttf", 0);
  EXPECT_TRUE(mono.metrics().fixed_pitch);
  EXPECT_FALSE(mono.metrics().serif);
  EXPECT_GT(mono.metrics().underline_thickness, 0);
}

TEST(Face, GlyphsAndAdvancesInFontUnits) {
  Face face(0, kFonts + "NotoSerif-Regular.ttf", 0);
  EXPECT_EQ(face.glyph_for(U'A'), 36u);
  EXPECT_EQ(face.glyph_for(U'V'), 57u);
  EXPECT_EQ(face.advance(36), 705);
  EXPECT_EQ(face.advance(57), 675);
  EXPECT_TRUE(face.has_char(U'\u00E9'));
  EXPECT_FALSE(face.has_char(U'\u4E2D'));
  EXPECT_EQ(face.glyph_for(U'\u4E2D'), 0u);
  int x = 0, y = 0;
  hb_font_get_scale(face.hb_font(), &x, &y);
  EXPECT_EQ(x, 1000);
  EXPECT_EQ(y, 1000);
}

TEST(Face, MonoAdvancesAreAllEqual) {
  Face mono(0, kFonts + "NotoSansMono-Regular.ttf", 0);
  EXPECT_EQ(mono.advance(mono.glyph_for(U'i')), 600);
  EXPECT_EQ(mono.advance(mono.glyph_for(U'W')), 600);
}

TEST(Face, UnreadableFilesThrow) {
  EXPECT_THROW(Face(0, kFonts + "NoSuchFont.ttf", 0), folio::Error);
  EXPECT_THROW(Face(0, kFonts + "README.md", 0), folio::Error);
  EXPECT_THROW(Face(0, kFonts + "NotoSerif-Regular.ttf", 1), folio::Error);  // no second face
}

}  // namespace
}  // namespace folio::font
