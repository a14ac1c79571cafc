// Knuth-Plass on hand-built paragraphs (see knuth_plass_items.hpp: spaces are 6 pt plus 3 minus
// 2, hyphens 3 pt with penalty 50). Word k sits at item 2k and the space after it at 2k+1 unless
// earlier words are split by hyphenation points. Comments give each expected line's arithmetic.
#include "para/knuth_plass.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <stdexcept>

#include "para/knuth_plass_items.hpp"

namespace folio::para {
namespace {

using testing::indices;
using testing::kPt;
using testing::paragraph;
using Breaks = std::vector<std::size_t>;

const std::vector<Sp> kMeasure100{100 * kPt};

BreakerParams params_with(double tolerance, bool allow_flagged) {
  BreakerParams params;
  params.tolerance = tolerance;
  params.allow_flagged = allow_flagged;
  return params;
}

// First fit: as many words as fit at natural width; returns the glue (or final) indices.
Breaks first_fit(const std::vector<int>& words, int measure) {
  Breaks out;
  int width = 0;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (width > 0 && width + 6 + words[k] > measure) {
      out.push_back(2 * k - 1);  // the space after word k-1
      width = 0;
    }
    width += (width > 0 ? 6 : 0) + words[k];
  }
  out.push_back(2 * words.size() + 1);
  return out;
}

TEST(Badness, IsHundredTimesCubedRatioCapped) {
  EXPECT_DOUBLE_EQ(badness(0), 0);
  EXPECT_DOUBLE_EQ(badness(0.5), 12.5);
  EXPECT_DOUBLE_EQ(badness(-0.5), 12.5);
  EXPECT_DOUBLE_EQ(badness(1), 100);
  EXPECT_DOUBLE_EQ(badness(-1), 100);
  EXPECT_DOUBLE_EQ(badness(2), 800);
  EXPECT_DOUBLE_EQ(badness(5), 10000);
  EXPECT_GT(badness(-1.5), 10000);
}

TEST(KnuthPlass, TotalFitSpreadsSpaceWhereFirstFitLeavesALooseLine) {
  const std::vector<int> words{30, 30, 25, 10, 35, 20, 20, 15};
  // First fit: "30 30 25" (97), then "10 35 20" (77: 23 pt short on 6 pt of stretch, r = 3.83).
  EXPECT_EQ(first_fit(words, 100), (Breaks{5, 11, 17}));
  // Total fit: "30 30 25" r = 3/6, "10 35 20 20" (103) r = -3/6, "15" at natural width.
  auto result = break_lines(paragraph(words), kMeasure100, BreakerParams{});
  ASSERT_TRUE(result);
  EXPECT_EQ(indices(*result), (Breaks{5, 13, 17}));
  EXPECT_DOUBLE_EQ(result->breaks[0].ratio, 0.5);
  EXPECT_DOUBLE_EQ(result->breaks[1].ratio, -0.5);
  EXPECT_DOUBLE_EQ(result->breaks[2].ratio, 0);
  for (const LineBreak& b : result->breaks) {
    EXPECT_EQ(b.fitness, Fitness::Decent);
    EXPECT_FALSE(b.hyphenated);
  }
  // (10 + 12.5)^2 twice, plus (10 + 0)^2 for the last line.
  EXPECT_DOUBLE_EQ(result->demerits, 506.25 + 506.25 + 100);
}

TEST(KnuthPlass, ForcedBreakEndsALine) {
  // "20 20" \hfil\break "20 20 20": together they would be 124 pt, overfull.
  std::vector<Item> items{Item::box(20 * kPt), testing::space(), Item::box(20 * kPt),
                          Item::glue(0, kInfStretch, 0), Item::penalty_item(0, -kInfPenalty, false)};
  for (int k = 0; k < 3; ++k) {
    if (k > 0) items.push_back(testing::space());
    items.push_back(Item::box(20 * kPt));
  }
  testing::end_paragraph(items);
  auto result = break_lines(items, kMeasure100, BreakerParams{});
  ASSERT_TRUE(result);
  EXPECT_EQ(indices(*result), (Breaks{4, 12}));
  EXPECT_DOUBLE_EQ(result->breaks[0].ratio, 0);  // filled by the fil glue
  EXPECT_DOUBLE_EQ(result->demerits, 200);
}

TEST(KnuthPlass, ForcedBreakWithoutFillIsUnderfull) {
  // "30" \break "30 30": the first line has nothing to stretch (badness 10000).
  std::vector<Item> items{Item::box(30 * kPt), Item::penalty_item(0, -kInfPenalty, false),
                          Item::box(30 * kPt), testing::space(), Item::box(30 * kPt)};
  testing::end_paragraph(items);
  EXPECT_FALSE(break_lines(items, kMeasure100, BreakerParams{}));
  BreakerParams sloppy;
  sloppy.tolerance = 10000;
  auto result = break_lines(items, kMeasure100, sloppy);
  ASSERT_TRUE(result);
  EXPECT_EQ(indices(*result), (Breaks{1, 7}));
  EXPECT_EQ(result->breaks[0].fitness, Fitness::VeryLoose);
  // The final pass accepts the underfull line instead of failing.
  EXPECT_EQ(indices(break_lines_in_passes(items, kMeasure100, 100, BreakerParams{})), (Breaks{1, 7}));
}

TEST(KnuthPlass, InfinitePenaltyForbidsABreak) {
  const std::vector<int> words{15, 15, 15, 15, 10, 10, 35, 15};
  auto free = break_lines(paragraph(words), kMeasure100, BreakerParams{});
  ASSERT_TRUE(free);
  // "15 15 15 15 10" (94 pt) r = 6/12, then the rest at natural width.
  EXPECT_EQ(indices(*free), (Breaks{9, 17}));
  EXPECT_DOUBLE_EQ(free->breaks[0].ratio, 0.5);

  // A tie (penalty +inf before the space) after word 4: the space no longer follows a box.
  std::vector<Item> tied = paragraph(words);
  tied.insert(tied.begin() + 9, Item::penalty_item(0, kInfPenalty, false));
  auto result = break_lines(tied, kMeasure100, BreakerParams{});
  ASSERT_TRUE(result);
  // "15 15 15 15 10 10" (110 pt, 10 pt of shrink) r = -1: badness 100, tight.
  EXPECT_EQ(indices(*result), (Breaks{12, 18}));
  EXPECT_DOUBLE_EQ(result->breaks[0].ratio, -1);
  EXPECT_EQ(result->breaks[0].fitness, Fitness::Tight);
  EXPECT_DOUBLE_EQ(result->demerits, 110.0 * 110 + 100);
}

TEST(KnuthPlass, HyphenNotTakenWhenItDoesNotHelp) {
  // As in TotalFit above, with the 35 split 15-20: breaking there would leave "10 15-" alone.
  auto result =
      break_lines(paragraph({30, 30, 25, 10, 35, 20, 20, 15}, {{4, {15, 20}}}), kMeasure100, BreakerParams{});
  ASSERT_TRUE(result);
  EXPECT_EQ(indices(*result), (Breaks{5, 15, 19}));
  EXPECT_EQ(testing::hyphenated(*result), (std::vector<bool>{false, false, false}));
}

TEST(KnuthPlass, HyphenTakenWhenItHelpsButNotInPassOne) {
  // Items: 10 20 10 10 10 [10-10] 15 15; the hyphen is item 11, the space after the word 13.
  const auto items = paragraph({10, 20, 10, 10, 10, 20, 15, 15}, {{5, {10, 10}}});
  // "10 20 10 10 10 10-" = 103 pt r = -3/10: (10 + 2.7)^2 + 50^2, the last line
  // (10)^2 + final_hyphen 5000: 7761.29 beats 12200 for "... 10 10" r = -1.
  auto hyph = break_lines(items, kMeasure100, BreakerParams{});
  ASSERT_TRUE(hyph);
  EXPECT_EQ(indices(*hyph), (Breaks{11, 19}));
  EXPECT_TRUE(hyph->breaks[0].hyphenated);
  EXPECT_DOUBLE_EQ(hyph->breaks[0].ratio, -0.3);
  EXPECT_NEAR(hyph->demerits, 161.29 + 2500 + 100 + 5000, 1e-9);

  // Flagged penalties are not candidates at all without allow_flagged.
  BreakerParams no_flags;
  no_flags.allow_flagged = false;
  auto plain = break_lines(items, kMeasure100, no_flags);
  ASSERT_TRUE(plain);
  EXPECT_EQ(indices(*plain), (Breaks{13, 19}));
  EXPECT_DOUBLE_EQ(plain->breaks[0].ratio, -1);

  // Pass 1 (pretolerance 100, no hyphens) already succeeds with badness 100, so it stands.
  EXPECT_EQ(indices(break_lines_in_passes(items, kMeasure100, 100, BreakerParams{})), (Breaks{13, 19}));
  // Pass 1 fails at pretolerance 99: pass 2 hyphenates. Skipping pass 1 does the same.
  EXPECT_EQ(indices(break_lines_in_passes(items, kMeasure100, 99, BreakerParams{})), (Breaks{11, 19}));
  EXPECT_EQ(indices(break_lines_in_passes(items, kMeasure100, -1, BreakerParams{})), (Breaks{11, 19}));
}

TEST(KnuthPlass, HyphenRescuesAParagraphPassOneCannotSet) {
  // 35 40 [5-20] 10 15 25: without the hyphen, "35 40" is too loose and "35 40 25" too long.
  const auto items = paragraph({35, 40, 25, 10, 15, 25}, {{2, {5, 20}}});
  EXPECT_FALSE(break_lines(items, kMeasure100, params_with(200, false)));
  auto result = break_lines_in_passes(items, kMeasure100, 100, BreakerParams{});
  // "35 40 5-" = 95 pt: r = 5/6, loose.
  EXPECT_EQ(indices(result), (Breaks{5, 15}));
  EXPECT_TRUE(result.breaks[0].hyphenated);
  EXPECT_DOUBLE_EQ(result.breaks[0].ratio, 5.0 / 6.0);
  EXPECT_EQ(result.breaks[0].fitness, Fitness::Loose);
}

TEST(KnuthPlass, MaxHyphenRunIsAHardLimit) {
  // 35 35 [15-5] 35 35 [10-20] 30 20 [15-15] 25, double_hyphen_demerits 0.
  const auto items =
      paragraph({35, 35, 20, 35, 35, 30, 30, 20, 30, 25}, {{2, {15, 5}}, {5, {10, 20}}, {8, {15, 15}}});
  BreakerParams params;
  params.double_hyphen_demerits = 0;
  params.max_hyphen_run = 3;
  // Three hyphenated lines: "35 35 15-" r = 0 (2600), "5 35 35 10-" r = -1 (14600),
  // "20 30 20 15-" r = -1 (14600), "15 25" (100 + final_hyphen 5000).
  auto three = break_lines(items, kMeasure100, params);
  ASSERT_TRUE(three);
  EXPECT_EQ(indices(*three), (Breaks{5, 13, 21, 27}));
  EXPECT_EQ(testing::hyphenated(*three), (std::vector<bool>{true, true, true, false}));
  EXPECT_DOUBLE_EQ(three->demerits, 36900);

  // At most two: "35 35 20" r = -1/2, "35 35 10-" r = 5/6 (loose), then as before, with
  // adj_demerits between the loose and the tight line: 37312.6.
  params.max_hyphen_run = 2;
  auto two = break_lines(items, kMeasure100, params);
  ASSERT_TRUE(two);
  EXPECT_EQ(indices(*two), (Breaks{7, 13, 21, 27}));
  EXPECT_EQ(testing::hyphenated(*two), (std::vector<bool>{false, true, true, false}));
  EXPECT_GT(two->demerits, three->demerits);
  EXPECT_NEAR(two->demerits, 506.25 + std::pow(10 + 100 * 125.0 / 216, 2) + 2500 + 14600 + 10000 + 5100,
              1e-6);
}

TEST(KnuthPlass, DoubleHyphenDemeritsChangeTheChoice) {
  const auto items = paragraph({40, 25, 20, 20, 20, 20, 30, 25}, {{2, {15, 5}}, {6, {10, 20}}});
  BreakerParams params;
  params.double_hyphen_demerits = 0;
  auto free = break_lines(items, kMeasure100, params);
  ASSERT_TRUE(free);
  // "40 25 15-" r = 5/6, "5 20 20 20 20 10-" r = -1/4.
  EXPECT_EQ(indices(*free), (Breaks{5, 15, 21}));
  EXPECT_EQ(testing::hyphenated(*free), (std::vector<bool>{true, true, false}));
  EXPECT_DOUBLE_EQ(free->breaks[1].ratio, -0.25);

  params.double_hyphen_demerits = 10000;
  auto costly = break_lines(items, kMeasure100, params);
  ASSERT_TRUE(costly);
  // "40 25 20" r = 1/2, "20 20 20 20 10-" r = 1.
  EXPECT_EQ(indices(*costly), (Breaks{7, 15, 21}));
  EXPECT_EQ(testing::hyphenated(*costly), (std::vector<bool>{false, true, false}));
  EXPECT_DOUBLE_EQ(costly->breaks[1].ratio, 1);
}

TEST(KnuthPlass, FinalHyphenDemeritsChangeTheChoice) {
  const auto items = paragraph({25, 40, 25, 40, 35, 20, 35, 35}, {{2, {15, 10}}, {5, {10, 10}}});
  BreakerParams params;
  params.final_hyphen_demerits = 0;
  auto free = break_lines(items, kMeasure100, params);
  ASSERT_TRUE(free);
  // "25 40 25" r = -1/2 (506.25), "10 40 35 10-" r = 0 (2600), "10 35 35" (100).
  EXPECT_EQ(indices(*free), (Breaks{7, 13, 21}));
  EXPECT_EQ(testing::hyphenated(*free), (std::vector<bool>{false, true, false}));
  EXPECT_DOUBLE_EQ(free->demerits, 3206.25);

  params.final_hyphen_demerits = 5000;
  auto costly = break_lines(items, kMeasure100, params);
  ASSERT_TRUE(costly);
  // 8206.25 would now be dearer than "25 40 15-" r = 5/6, "10 40 35" r = 1/2, "20 35 35" r = -1/2.
  EXPECT_EQ(indices(*costly), (Breaks{5, 11, 21}));
  EXPECT_EQ(testing::hyphenated(*costly), (std::vector<bool>{true, false, false}));
  EXPECT_DOUBLE_EQ(costly->breaks[2].ratio, -0.5);
  EXPECT_LT(costly->demerits, 8206.25);
}

TEST(KnuthPlass, ShorterFirstLine) {
  const auto items = paragraph({35, 40, 10, 40, 40, 10, 10, 10});
  auto even = break_lines(items, kMeasure100, BreakerParams{});
  ASSERT_TRUE(even);
  // "35 40 10" r = 3/6, "40 40 10" r = -2/4, "10 10 10".
  EXPECT_EQ(indices(*even), (Breaks{5, 11, 17}));
  // An 80 pt first line: "35 40" r = -1/2, "10 40 40" r = -1/2, "10 10 10 10".
  auto indented = break_lines(items, {80 * kPt, 100 * kPt}, BreakerParams{});
  ASSERT_TRUE(indented);
  EXPECT_EQ(indices(*indented), (Breaks{3, 9, 17}));
  EXPECT_DOUBLE_EQ(indented->breaks[0].ratio, -0.5);
  EXPECT_DOUBLE_EQ(indented->breaks[1].ratio, -0.5);
  // Only the first line is short: the last width repeats.
  auto three = break_lines(items, {80 * kPt, 100 * kPt, 100 * kPt}, BreakerParams{});
  ASSERT_TRUE(three);
  EXPECT_EQ(indices(*three), (Breaks{3, 9, 17}));
}

TEST(KnuthPlass, TooLongBoxIsOverfullOnlyInTheFinalPass) {
  // The 120 pt word cannot fit a 100 pt line: every ordinary pass fails.
  const auto items = paragraph({30, 30, 30, 120, 30, 30, 30});
  EXPECT_FALSE(break_lines(items, kMeasure100, params_with(100, false)));
  EXPECT_FALSE(break_lines(items, kMeasure100, BreakerParams{}));
  EXPECT_FALSE(break_lines(items, kMeasure100, params_with(10000, true)));
  BreakResult result = break_lines_in_passes(items, kMeasure100, 100, BreakerParams{});
  // "30 30 30" r = -1/2, "120" overfull by 20 pt (set with all glue shrunk: ratio -1), "30 30 30".
  EXPECT_EQ(indices(result), (Breaks{5, 7, 15}));
  EXPECT_DOUBLE_EQ(result.breaks[0].ratio, -0.5);
  EXPECT_DOUBLE_EQ(result.breaks[1].ratio, -1);
  EXPECT_EQ(result.breaks[1].fitness, Fitness::Tight);
  EXPECT_DOUBLE_EQ(result.breaks[2].ratio, -0.5);
}

TEST(KnuthPlass, FinalPassPrefersLessOverflow) {
  // "20 120" would stick out 44 pt; "20" alone (underfull) then "120" only 20 pt.
  BreakResult result = break_lines_in_passes(paragraph({20, 120, 20}), kMeasure100, 100, BreakerParams{});
  EXPECT_EQ(indices(result), (Breaks{1, 3, 7}));
  EXPECT_DOUBLE_EQ(result.breaks[1].ratio, -1);
}

TEST(KnuthPlass, EmergencyStretchPass) {
  // "40 40" is 14 pt short with 3 pt of stretch (badness 10000); "40 40 40" overfull.
  const auto items = paragraph({40, 40, 40});
  EXPECT_FALSE(break_lines(items, kMeasure100, BreakerParams{}));
  BreakerParams params;
  params.emergency_stretch = 11 * kPt;
  // Badness counts 3 + 11 pt of stretch (r = 1: badness 100); the line keeps its real ratio.
  auto direct = break_lines(items, kMeasure100, params);
  ASSERT_TRUE(direct);
  EXPECT_EQ(indices(*direct), (Breaks{3, 7}));
  EXPECT_DOUBLE_EQ(direct->breaks[0].ratio, 14.0 / 3.0);
  EXPECT_EQ(direct->breaks[0].fitness, Fitness::Loose);
  EXPECT_DOUBLE_EQ(direct->demerits, 110.0 * 110 + 100);
  BreakResult passes = break_lines_in_passes(items, kMeasure100, 100, params);
  EXPECT_EQ(indices(passes), (Breaks{3, 7}));
  EXPECT_DOUBLE_EQ(passes.demerits, direct->demerits);
}

TEST(KnuthPlass, LongParagraph) {
  // 2000 words of 10-40 pt from a fixed LCG, in a 300 pt measure.
  std::vector<int> words;
  std::uint32_t state = 12345;
  for (int k = 0; k < 2000; ++k) {
    state = state * 1664525u + 1013904223u;
    words.push_back(10 + static_cast<int>((state >> 16) % 31));
  }
  const auto items = paragraph(words);
  const std::vector<Sp> measure{300 * kPt};
  BreakResult result = break_lines_in_passes(items, measure, 100, BreakerParams{});
  ASSERT_FALSE(result.breaks.empty());
  EXPECT_EQ(result.breaks.back().index, items.size() - 1);
  EXPECT_LT(result.demerits, 1e13);  // no rescued line
  // Recompute every line: its ratio as returned, and within tolerance but for the last.
  std::size_t start = 0;
  Sp total = 0;
  for (std::size_t i = 0; i < result.breaks.size(); ++i) {
    const std::size_t end = result.breaks[i].index;
    ASSERT_LT(start, end);
    ASSERT_EQ(items[start].type, Item::Type::Box);
    Sp natural = 0, stretch = 0, shrink = 0;
    for (std::size_t k = start; k < end; ++k) {
      natural += items[k].width;
      stretch += items[k].stretch;
      shrink += items[k].shrink;
    }
    total += natural;
    if (i + 1 < result.breaks.size()) {
      ASSERT_EQ(items[end].type, Item::Type::Glue);
      const Sp shortfall = 300 * kPt - natural;
      EXPECT_DOUBLE_EQ(result.breaks[i].ratio, static_cast<double>(shortfall) /
                                                   static_cast<double>(shortfall > 0 ? stretch : shrink));
      EXPECT_GE(result.breaks[i].ratio, -1);
      EXPECT_LE(badness(result.breaks[i].ratio), 200);
    }
    start = end + 1;
  }
  // Lines of ~10 words hold 230-340 pt: a bound on the line count either side.
  const std::size_t lines = result.breaks.size();
  EXPECT_GE(lines, static_cast<std::size_t>(total / (340 * kPt)));
  EXPECT_LE(lines, static_cast<std::size_t>(total / (230 * kPt)) + 1);
}

TEST(KnuthPlass, RejectsMalformedInput) {
  const auto items = paragraph({10, 10});
  EXPECT_THROW(break_lines(items, {}, BreakerParams{}), std::invalid_argument);
  std::vector<Item> unterminated{Item::box(10 * kPt)};
  EXPECT_THROW(break_lines(unterminated, kMeasure100, BreakerParams{}), std::invalid_argument);
  EXPECT_THROW(break_lines_in_passes(unterminated, kMeasure100, 100, BreakerParams{}), std::invalid_argument);
  auto empty = break_lines({}, kMeasure100, BreakerParams{});
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty->breaks.empty());
}

}  // namespace
}  // namespace folio::para
