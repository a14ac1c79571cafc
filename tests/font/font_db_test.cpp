#include "font/font_db.hpp"

#include <gtest/gtest.h>

#include <algorithm>
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
  // Installed on the build machine (fonts-dejavu-core, fonts-lobster), so only the configuration hides them.
  EXPECT_FALSE(db().find("DejaVu Sans", 400, false).has_value());
  EXPECT_FALSE(db().find("DejaVu Serif", 700, false).has_value());
  EXPECT_FALSE(db().find("Lobster Two", 700, true).has_value());
  // fonts-noto-core installs far more than fonts/packaged-fonts.txt names: only those are seen.
  EXPECT_FALSE(db().find("Noto Sans Thai", 400, false).has_value());
  EXPECT_FALSE(db().find("", 400, false).has_value());
}

TEST(FontDb, FamiliesAreTheBundledAndThePackagedOnes) {
  EXPECT_EQ(db().families(),
            (std::vector<std::string>{
                "Noto Color Emoji",      "Noto Naskh Arabic",     "Noto Sans",
                "Noto Sans Arabic",      "Noto Sans CJK HK",      "Noto Sans CJK JP",
                "Noto Sans CJK KR",      "Noto Sans CJK SC",      "Noto Sans CJK TC",
                "Noto Sans Hebrew",      "Noto Sans Math",        "Noto Sans Mono",
                "Noto Sans Mono CJK HK", "Noto Sans Mono CJK JP", "Noto Sans Mono CJK KR",
                "Noto Sans Mono CJK SC", "Noto Sans Mono CJK TC", "Noto Sans Symbols",
                "Noto Sans Symbols2",    "Noto Serif",            "Noto Serif CJK HK",
                "Noto Serif CJK JP",     "Noto Serif CJK KR",     "Noto Serif CJK SC",
                "Noto Serif CJK TC",     "Noto Serif Hebrew"}));
}

TEST(FontDb, FilesListsEveryFontFileOnceAndSorted) {
  std::vector<std::string> expected;
  for (const char* name : {"NotoSansCJK-Bold.ttc", "NotoSansCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc",
                           "NotoSerifCJK-Regular.ttc"})
    expected.push_back(std::string("/usr/share/fonts/opentype/noto/") + name);
  for (const char* name : {"NotoColorEmoji", "NotoNaskhArabic-Bold", "NotoNaskhArabic-Regular", "NotoSansArabic-Bold",
                           "NotoSansArabic-Regular", "NotoSansHebrew-Bold", "NotoSansHebrew-Regular",
                           "NotoSansMath-Regular", "NotoSansSymbols-Bold", "NotoSansSymbols-Regular",
                           "NotoSansSymbols2-Regular", "NotoSerifHebrew-Bold", "NotoSerifHebrew-Regular"})
    expected.push_back(std::string("/usr/share/fonts/truetype/noto/") + name + ".ttf");
  const std::string dir = FOLIO_SOURCE_DIR "/fonts/";
  for (const char* name : {"NotoSans-Bold", "NotoSans-BoldItalic", "NotoSans-Italic", "NotoSans-Regular",
                           "NotoSansMono-Regular", "NotoSerif-Bold", "NotoSerif-BoldItalic", "NotoSerif-Italic",
                           "NotoSerif-Regular"})
    expected.push_back(dir + name + ".ttf");
  // Sorted as paths: where the checkout lives decides whether fonts/ comes before /usr or after it.
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(db().files(), expected);  // not OFL.txt, README.md nor packaged-fonts.txt
}

TEST(FontDb, TheChineseFaceOfACollectionIsPickedByItsIndex) {
  const std::optional<FaceId> sc = db().find("Noto Serif CJK SC", 400, false);
  ASSERT_TRUE(sc.has_value());
  EXPECT_EQ(db().path(*sc), "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");
  EXPECT_EQ(db().face(*sc).index(), 2);
  EXPECT_EQ(db().face(*sc).postscript_name(), "NotoSerifCJKsc-Regular");
  EXPECT_EQ(ps_name(db().find("Noto Sans CJK SC", 700, false)), "NotoSansCJKsc-Bold");
}

TEST(FontDb, FallbackKeepsThePreferredFaceWhenItHasTheCharacter) {
  FaceId serif = *db().find("Noto Serif", 400, false);
  EXPECT_EQ(db().fallback(U'A', serif), serif);
  EXPECT_EQ(db().fallback(U'\u00E9', serif), serif);  // é
}

TEST(FontDb, FallbackFollowsTheOrderGiven) {
  const FaceId serif = *db().find("Noto Serif", 400, false);
  ASSERT_FALSE(db().face(serif).has_char(U'\u2192'));  // →: Noto Sans Math and Noto Sans Symbols have it
  const std::vector<FaceId> math_first = db().chain({"Noto Sans Math", "Noto Sans Symbols"}, 400, false);
  const std::vector<FaceId> symbols_first = db().chain({"Noto Sans Symbols", "Noto Sans Math"}, 400, false);
  EXPECT_EQ(ps_name(db().fallback(U'\u2192', serif, math_first)), "NotoSansMath-Regular");
  EXPECT_EQ(ps_name(db().fallback(U'\u2192', serif, symbols_first)), "NotoSansSymbols-Regular");
  // The preferred face comes first when it has the character: Noto Serif has ℃.
  EXPECT_EQ(db().fallback(U'\u2103', serif, math_first), serif);
  // The order's faces match the weight asked for, where the family has it.
  EXPECT_EQ(ps_name(db().fallback(U'\u4E2D', *db().find("Noto Serif", 700, false),
                                  db().chain({"Noto Serif CJK SC"}, 700, false))),
            "NotoSerifCJKsc-Bold");
  // Families no font has are left out of the order.
  EXPECT_EQ(db().chain({"No Such Family", "Noto Sans Math"}, 400, false), db().chain({"Noto Sans Math"}, 400, false));
}

TEST(FontDb, FallbackPastTheOrderFindsAnyFaceWithTheCharacter) {
  const FaceId serif = *db().find("Noto Serif", 700, true);
  const FaceId face = db().fallback(U'\u05D0', serif);  // א: Hebrew faces only
  EXPECT_TRUE(db().face(face).has_char(U'\u05D0'));
  EXPECT_TRUE(db().has(face, U'\u05D0'));
  EXPECT_EQ(db().face(face).weight(), 700);  // the most like the preferred face
}

TEST(FontDb, EmojiPresentationPrefersTheColourFace) {
  const FaceId serif = *db().find("Noto Serif", 400, false);
  const std::vector<FaceId> order = db().chain({"Noto Sans Math", "Noto Color Emoji"}, 400, false);
  const FaceId emoji = *db().find("Noto Color Emoji", 400, false);
  EXPECT_TRUE(db().is_color(emoji));
  EXPECT_FALSE(db().is_color(serif));
  EXPECT_EQ(db().fallback(U'\U0001F600', serif, order, true), emoji);  // 😀
  // ↔ as text (Noto Sans Math) or, asked for as emoji (U+FE0F after it), in colour.
  EXPECT_EQ(ps_name(db().fallback(U'\u2194', serif, order, false)), "NotoSansMath-Regular");
  EXPECT_EQ(db().fallback(U'\u2194', serif, order, true), emoji);
}

TEST(FontDb, FallbackReturnsThePreferredFaceWhenNoFaceHasTheCharacter) {
  FaceId bold = *db().find("Noto Serif", 700, false);
  EXPECT_FALSE(db().covers(U'\U00011000'));  // BRAHMI SIGN CANDRABINDU: no font has it
  EXPECT_EQ(db().fallback(U'\U00011000', bold), bold);
  EXPECT_TRUE(db().covers(U'\u4E2D'));
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
  EXPECT_THROW(db().face(1000), std::out_of_range);
  EXPECT_THROW(db().fallback(U'A', 100), std::out_of_range);
}

TEST(FontDb, AFolderWithoutFontsIsAnError) {
  EXPECT_THROW(FontDb(FOLIO_SOURCE_DIR "/no-such-folder"), folio::Error);
  EXPECT_THROW(FontDb(FOLIO_SOURCE_DIR "/tests/font"), folio::Error);  // sources, no fonts
}

}  // namespace
}  // namespace folio::font
