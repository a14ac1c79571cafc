#include "font/font_db.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <thread>

#include "folio/diagnostic.hpp"

namespace folio::font {
namespace {

const FontDb& db() {
  static FontDb instance(FOLIO_SOURCE_DIR "/fonts");
  return instance;
}

std::string ps_name(std::optional<FaceId> id) {
  return id ? db().face(*id).postscript_name() : std::string("(none)");
}

TEST(FontDb, FindsTheBundledStyles) {
  EXPECT_EQ(ps_name(db().find("Noto Serif", 400, false)), "NotoSerif-Regular");
  EXPECT_EQ(ps_name(db().find("Noto Serif", 700, false)), "NotoSerif-Bold");
  EXPECT_EQ(ps_name(db().find("Noto Serif", 400, true)), "NotoSerif-Italic");
  EXPECT_EQ(ps_name(db().find("Noto Serif", 700, true)), "NotoSerif-BoldItalic");
  EXPECT_EQ(ps_name(db().find("Noto Sans", 700, true)), "NotoSans-BoldItalic");
  EXPECT_EQ(ps_name(db().find("Noto Sans Mono", 400, false)), "NotoSansMono-Regular");
}

TEST(FontDb, FamilyNamesAreCaseInsensitive) {
  EXPECT_EQ(ps_name(db().find("noto serif", 700, false)), "NotoSerif-Bold");
  EXPECT_EQ(ps_name(db().find("NOTO SANS MONO", 400, false)), "NotoSansMono-Regular");
}

TEST(FontDb, PicksTheClosestStyleThenWeight) {
  EXPECT_EQ(ps_name(db().find("Noto Serif", 500, false)), "NotoSerif-Regular");  // 100 vs 200 away
  EXPECT_EQ(ps_name(db().find("Noto Serif", 600, false)), "NotoSerif-Bold");     // 200 vs 100
  EXPECT_EQ(ps_name(db().find("Noto Serif", 550, false)), "NotoSerif-Bold");     // a tie: heavier
  EXPECT_EQ(ps_name(db().find("Noto Serif", 900, true)), "NotoSerif-BoldItalic");
  EXPECT_EQ(ps_name(db().find("Noto Serif", 100, false)), "NotoSerif-Regular");
  // The mono family has no italic or bold: its only face is the closest.
  EXPECT_EQ(ps_name(db().find("Noto Sans Mono", 700, true)), "NotoSansMono-Regular");
}

TEST(FontDb, SeesNoSystemFonts) {
  EXPECT_FALSE(db().find("Helvetica", 400, false).has_value());
  // Installed on the build machine (fonts-dejavu-core), so only the configuration hides it.
  EXPECT_FALSE(db().find("DejaVu Sans", 400, false).has_value());
  EXPECT_FALSE(db().find("DejaVu Serif", 700, false).has_value());
  EXPECT_FALSE(db().find("", 400, false).has_value());
}

TEST(FontDb, FamiliesListsExactlyTheBundledOnes) {
  EXPECT_EQ(db().families(), (std::vector<std::string>{"Noto Sans", "Noto Sans Mono", "Noto Serif"}));
}

TEST(FontDb, FilesListsEveryBundledFontFileOnceAndSorted) {
  const std::string dir = FOLIO_SOURCE_DIR "/fonts/";
  std::vector<std::string> expected;
  for (const char* name : {"NotoSans-Bold", "NotoSans-BoldItalic", "NotoSans-Italic", "NotoSans-Regular",
                           "NotoSansMono-Regular", "NotoSerif-Bold", "NotoSerif-BoldItalic", "NotoSerif-Italic",
                           "NotoSerif-Regular"})
    expected.push_back(dir + name + ".ttf");
  EXPECT_EQ(db().files(), expected);  // not OFL.txt nor README.md: Fontconfig reads only fonts
}

TEST(FontDb, FallbackKeepsThePreferredFaceWhenItHasTheCharacter) {
  FaceId serif = *db().find("Noto Serif", 400, false);
  EXPECT_EQ(db().fallback(U'A', serif), serif);
  EXPECT_EQ(db().fallback(U'\u00E9', serif), serif);  // é
}

TEST(FontDb, FallbackFindsAFaceWithTheCharacter) {
  // Noto Serif and Noto Sans lack the arrows; Noto Sans Mono has them.
  FaceId serif = *db().find("Noto Serif", 400, false);
  FaceId mono = *db().find("Noto Sans Mono", 400, false);
  ASSERT_FALSE(db().face(serif).has_char(U'\u2192'));
  EXPECT_EQ(db().fallback(U'\u2192', serif), mono);
  EXPECT_EQ(db().fallback(U'\u2192', *db().find("Noto Serif", 700, true)), mono);
  EXPECT_TRUE(db().face(mono).has_char(U'\u2192'));
}

TEST(FontDb, FallbackReturnsThePreferredFaceWhenNoFaceHasTheCharacter) {
  FaceId bold = *db().find("Noto Serif", 700, false);
  EXPECT_EQ(db().fallback(U'\u4E2D', bold), bold);  // 中: no bundled CJK font
}

TEST(FontDb, FacesLoadOnceAndKeepTheirAddress) {
  FaceId id = *db().find("Noto Sans", 400, true);
  const Face* first = &db().face(id);
  EXPECT_EQ(&db().face(id), first);
  EXPECT_EQ(first->id(), id);
  EXPECT_EQ(first->family(), "Noto Sans");
  EXPECT_TRUE(first->italic());
  EXPECT_EQ(first->weight(), 400);
}

TEST(FontDb, ConcurrentLoadsGiveOneFace) {
  FontDb fresh(FOLIO_SOURCE_DIR "/fonts");
  FaceId id = *fresh.find("Noto Serif", 700, true);
  std::vector<const Face*> seen(4, nullptr);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) threads.emplace_back([&, t] { seen[t] = &fresh.face(id); });
  for (auto& th : threads) th.join();
  for (const Face* f : seen) EXPECT_EQ(f, seen[0]);
  EXPECT_EQ(seen[0]->postscript_name(), "NotoSerif-BoldItalic");
}

TEST(FontDb, BadFaceIdsThrow) {
  EXPECT_THROW(db().face(-1), std::out_of_range);
  EXPECT_THROW(db().face(9), std::out_of_range);
  EXPECT_THROW(db().fallback(U'A', 100), std::out_of_range);
}

TEST(FontDb, AFolderWithoutFontsIsAnError) {
  EXPECT_THROW(FontDb(FOLIO_SOURCE_DIR "/no-such-folder"), folio::Error);
  EXPECT_THROW(FontDb(FOLIO_SOURCE_DIR "/tests/font"), folio::Error);  // sources, no fonts
}

}  // namespace
}  // namespace folio::font
