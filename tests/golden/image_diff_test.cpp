#include "golden/image_diff.hpp"

#include <gtest/gtest.h>

namespace folio::golden {
namespace {

const Rgb kBlack{0, 0, 0};
const Rgb kWhite{255, 255, 255};

TEST(ImageDiff, IdenticalImagesDifferNowhere) {
  Image a(4, 3, kWhite);
  a.at(1, 1) = kBlack;
  EXPECT_EQ(count_changed(a, a), 0);
}

TEST(ImageDiff, CountsEveryChangedPixel) {
  Image a(4, 3, kWhite), b(4, 3, kWhite);
  b.at(0, 0) = kBlack;
  b.at(3, 2) = Rgb{255, 255, 254};  // one unit in one channel is a change
  EXPECT_EQ(count_changed(a, b), 2);
  EXPECT_EQ(count_changed(b, a), 2);
}

TEST(ImageDiff, PixelsOnlyOneImageCoversAreChanged) {
  const Image a(4, 3, kWhite), b(5, 2, kWhite);
  // Union 5 x 3: column 4 of rows 0-1 only in b (2), row 2 of columns 0-3 only in a (4);
  // (4, 2) is in neither, so nothing there changed.
  EXPECT_EQ(count_changed(a, b), 6);
  EXPECT_EQ(count_changed(a, Image()), 12);
}

TEST(ImageDiff, FadedGreyKeepsWhiteAndLightensInk) {
  EXPECT_EQ(faded(kWhite), (Rgb{255, 255, 255}));
  EXPECT_EQ(faded(kBlack), (Rgb{192, 192, 192}));  // 255 - 255/4
  // Brand red #A6192E: luma (299*166 + 587*25 + 114*46 + 500) / 1000 = 69 -> 255 - 186/4 = 209.
  EXPECT_EQ(faded(Rgb{0xA6, 0x19, 0x2E}), (Rgb{209, 209, 209}));
}

TEST(ImageDiff, HighlightPaintsChangesRedOverTheFadedExpectedPage) {
  Image expected(3, 2, kWhite), actual(3, 2, kWhite);
  expected.at(0, 0) = kBlack;  // unchanged ink
  actual.at(0, 0) = kBlack;
  expected.at(2, 1) = kBlack;  // ink that moved away
  actual.at(1, 1) = kBlack;    // ink that arrived
  const Image h = highlight_changes(expected, actual);
  ASSERT_EQ(h.width, 3);
  ASSERT_EQ(h.height, 2);
  EXPECT_EQ(h.at(0, 0), (Rgb{192, 192, 192}));
  EXPECT_EQ(h.at(1, 0), kWhite);
  EXPECT_EQ(h.at(1, 1), kChangedColor);
  EXPECT_EQ(h.at(2, 1), kChangedColor);
  EXPECT_EQ(kChangedColor, (Rgb{255, 0, 0}));
}

TEST(ImageDiff, HighlightCoversTheUnionOfSizes) {
  const Image expected(2, 2, kBlack), actual(3, 1, kBlack);
  const Image h = highlight_changes(expected, actual);
  ASSERT_EQ(h.width, 3);
  ASSERT_EQ(h.height, 2);
  EXPECT_EQ(h.at(0, 0), (Rgb{192, 192, 192}));
  EXPECT_EQ(h.at(2, 0), kChangedColor);  // only in actual
  EXPECT_EQ(h.at(1, 1), kChangedColor);  // only in expected
  EXPECT_EQ(h.at(2, 1), kWhite);         // in neither
}

}  // namespace
}  // namespace folio::golden
