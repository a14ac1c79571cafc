#include "golden/manifest.hpp"

#include <gtest/gtest.h>

namespace folio::golden {
namespace {

// The position and message of the error parsing `text` throws.
Diagnostic error_of(const std::string& text) {
  try {
    parse_manifest(text, "golden/manifest");
  } catch (const Error& e) {
    return e.diagnostic();
  }
  ADD_FAILURE() << "no error for: " << text;
  return {};
}

TEST(Manifest, ReadsCasesSkippingCommentsAndBlankLines) {
  const std::vector<Case> cases = parse_manifest(
      "# comment\n"
      "\n"
      "may-2025  samples/2025-05/issue.md  -  -  100   # the sample\n"
      "\tnarrow golden/cases/n.md default golden/cases/narrow.yaml 150 12\r\n",
      "golden/manifest");
  ASSERT_EQ(cases.size(), 2u);
  EXPECT_EQ(cases[0].name, "may-2025");
  EXPECT_EQ(cases[0].input, "samples/2025-05/issue.md");
  EXPECT_EQ(cases[0].style, "");
  EXPECT_EQ(cases[0].layout, "");
  EXPECT_EQ(cases[0].dpi, 100);
  EXPECT_EQ(cases[0].tolerance, 0);
  EXPECT_EQ(cases[0].pos.line, 3);
  EXPECT_EQ(cases[1].name, "narrow");
  EXPECT_EQ(cases[1].style, "default");
  EXPECT_EQ(cases[1].layout, "golden/cases/narrow.yaml");
  EXPECT_EQ(cases[1].dpi, 150);
  EXPECT_EQ(cases[1].tolerance, 12);
  EXPECT_EQ(cases[1].pos.line, 4);
}

TEST(Manifest, TooFewFieldsPointsAfterTheLastOne) {
  const Diagnostic d = error_of("# cases\na  in.md  -  -\n");
  EXPECT_EQ(d.pos.file, "golden/manifest");
  EXPECT_EQ(d.pos.line, 2);
  EXPECT_EQ(d.pos.column, 15);
  EXPECT_EQ(d.message,
            "a case needs name, input, style, layout and dpi (tolerance is optional); found 4 fields");
}

TEST(Manifest, ErrorsPointAtTheBadField) {
  Diagnostic d = error_of("a in.md - - 100 0 extra\n");
  EXPECT_EQ(d.pos.line, 1);
  EXPECT_EQ(d.pos.column, 19);
  EXPECT_EQ(d.message, "unexpected field 'extra' after the tolerance");

  d = error_of("a in.md - - 10\n");
  EXPECT_EQ(d.pos.column, 13);
  EXPECT_EQ(d.message, "bad dpi '10': a whole number from 18 to 600");

  d = error_of("a in.md - - 72dpi\n");
  EXPECT_EQ(d.pos.column, 13);

  d = error_of("a in.md - - 72 -1\n");
  EXPECT_EQ(d.pos.column, 16);
  EXPECT_EQ(d.message, "bad tolerance '-1': a number of pixels per page, 0 or more");

  d = error_of("\n\n  Big/Name in.md - - 72\n");
  EXPECT_EQ(d.pos.line, 3);
  EXPECT_EQ(d.pos.column, 3);
  EXPECT_NE(d.message.find("bad case name 'Big/Name'"), std::string::npos) << d.message;

  d = error_of("a - - - 72\n");
  EXPECT_EQ(d.pos.column, 3);
  EXPECT_EQ(d.message, "the input must be a file, not '-'");
}

TEST(Manifest, ADuplicateNameSaysWhereTheFirstIs) {
  const Diagnostic d = error_of("a in.md - - 72\n# x\n a other.md - - 72\n");
  EXPECT_EQ(d.pos.line, 3);
  EXPECT_EQ(d.pos.column, 2);
  EXPECT_EQ(d.message, "case 'a' is already defined at line 1");
}

TEST(Manifest, SelectKeepsManifestOrderAndSuggestsNames) {
  const std::vector<Case> all =
      parse_manifest("may-2025 a.md - - 72\nsup-sub b.md - - 72\nlink c.md - - 72\n", "m");
  EXPECT_EQ(select_cases(all, {}, "m").size(), 3u);
  const std::vector<Case> two = select_cases(all, {"link", "may-2025"}, "m");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].name, "may-2025");
  EXPECT_EQ(two[1].name, "link");
  try {
    select_cases(all, {"may2025"}, "golden/manifest");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().to_string(),
              "golden/manifest: error: no golden case 'may2025' (did you mean 'may-2025'?)");
  }
}

}  // namespace
}  // namespace folio::golden
