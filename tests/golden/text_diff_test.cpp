// The unified diff is compared with what GNU diff -u prints for the same inputs.
#include "golden/text_diff.hpp"

#include <gtest/gtest.h>

namespace folio::golden {
namespace {

std::string numbered(std::initializer_list<const char*> lines) {
  std::string s;
  for (const char* l : lines) s += std::string(l) + "\n";
  return s;
}

TEST(UnifiedDiff, EqualTextsGiveNothing) { EXPECT_EQ(unified_diff("a\nb\n", "a\nb\n", "old", "new"), ""); }

TEST(UnifiedDiff, ChangesCloseTogetherShareOneHunk) {
  const std::string a = numbered({"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"});
  const std::string b = numbered({"a", "b", "c", "D", "e", "f", "g", "h", "i", "J", "k"});
  EXPECT_EQ(unified_diff(a, b, "old", "new"),
            "--- old\n+++ new\n@@ -1,10 +1,11 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n h\n i\n-j\n+J\n+k\n");
}

TEST(UnifiedDiff, SixUnchangedLinesJoinHunksAndSevenSplitThem) {
  const std::string a = numbered({"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"});
  const std::string joined = numbered({"1", "X", "3", "4", "5", "6", "7", "8", "Y", "10", "11", "12"});
  EXPECT_EQ(
      unified_diff(a, joined, "old", "new"),
      "--- old\n+++ new\n@@ -1,12 +1,12 @@\n 1\n-2\n+X\n 3\n 4\n 5\n 6\n 7\n 8\n-9\n+Y\n 10\n 11\n 12\n");
  const std::string split = numbered({"1", "X", "3", "4", "5", "6", "7", "8", "9", "Y", "11", "12"});
  EXPECT_EQ(unified_diff(a, split, "old", "new"),
            "--- old\n+++ new\n@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n"
            "@@ -7,6 +7,6 @@\n 7\n 8\n 9\n-10\n+Y\n 11\n 12\n");
}

TEST(UnifiedDiff, SingleLineAndEmptyRangesFollowDiff) {
  EXPECT_EQ(unified_diff("x\n", "w\nx\n", "old", "new"), "--- old\n+++ new\n@@ -1 +1,2 @@\n+w\n x\n");
  EXPECT_EQ(unified_diff("", "x\n", "old", "new"), "--- old\n+++ new\n@@ -0,0 +1 @@\n+x\n");
  EXPECT_EQ(unified_diff("x\n", "", "old", "new"), "--- old\n+++ new\n@@ -1 +0,0 @@\n-x\n");
}

TEST(UnifiedDiff, MissingFinalNewlineIsAChangeAndIsMarked) {
  EXPECT_EQ(unified_diff("x\ny", "x\ny\n", "old", "new"),
            "--- old\n+++ new\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n");
}

TEST(UnifiedDiff, RemovalsComeBeforeInsertionsInABlock) {
  EXPECT_EQ(unified_diff("k\na\nb\nk2\n", "k\nA\nB\nk2\n", "old", "new"),
            "--- old\n+++ new\n@@ -1,4 +1,4 @@\n k\n-a\n-b\n+A\n+B\n k2\n");
}

TEST(DiffLines, FindsAShortestScript) {
  // LCS of ABCABBA and CBABAC has 4 lines: a shortest script keeps 4, removes 3, inserts 2.
  const std::vector<std::string> a = {"A", "B", "C", "A", "B", "B", "A"};
  const std::vector<std::string> b = {"C", "B", "A", "B", "A", "C"};
  int keep = 0, removed = 0, inserted = 0;
  std::size_t ia = 0, ib = 0;
  for (const Edit& e : diff_lines(a, b)) {
    if (e.kind == EditKind::Keep) {
      ++keep;
      EXPECT_EQ(a[e.a], b[e.b]);
      EXPECT_EQ(static_cast<std::size_t>(e.a), ia++);
      EXPECT_EQ(static_cast<std::size_t>(e.b), ib++);
    } else if (e.kind == EditKind::Remove) {
      ++removed;
      EXPECT_EQ(static_cast<std::size_t>(e.a), ia++);
    } else {
      ++inserted;
      EXPECT_EQ(static_cast<std::size_t>(e.b), ib++);
    }
  }
  EXPECT_EQ(keep, 4);
  EXPECT_EQ(removed, 3);
  EXPECT_EQ(inserted, 2);
  EXPECT_EQ(ia, a.size());
  EXPECT_EQ(ib, b.size());
}

TEST(DiffLines, AHugeRewriteFallsBackToOneBlock) {
  std::vector<std::string> a, b;
  for (int i = 0; i < 2000; ++i) a.push_back("a" + std::to_string(i)), b.push_back("b" + std::to_string(i));
  const std::vector<Edit> edits = diff_lines(a, b);
  ASSERT_EQ(edits.size(), 4000u);
  EXPECT_EQ(edits[0].kind, EditKind::Remove);
  EXPECT_EQ(edits[1999].kind, EditKind::Remove);
  EXPECT_EQ(edits[2000].kind, EditKind::Insert);
  EXPECT_EQ(edits[2000].b, 0);
}

TEST(FirstChanges, ShowsTheFirstBlocksCutToSize) {
  const std::string a = numbered({"h", "1", "2", "3", "4", "5"});
  const std::string b = numbered({"H", "1", "x", "y", "z", "w", "v", "5"});
  const std::string diff = unified_diff(a, b, "old", "new");
  EXPECT_EQ(first_changes(diff, 2, 2),
            "@@ -1,6 +1,8 @@\n-h\n+H\n 1\n-2\n-3\n- ... 1 more\n+x\n+y\n+ ... 3 more\n");
  EXPECT_EQ(first_changes(diff, 1, 5), "@@ -1,6 +1,8 @@\n-h\n+H\n");
  EXPECT_EQ(first_changes("", 2, 2), "");
}

}  // namespace
}  // namespace folio::golden
