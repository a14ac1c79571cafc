#include <gtest/gtest.h>

#include "common/suggest.hpp"
#include "input/load_issue.hpp"

namespace folio::input {
namespace {

// Parses and returns the error as "file:line:col: error: message", or "" when it parses.
std::string error_of(const std::string& source) {
  Diagnostics diags;
  try {
    parse_issue(source, "issue.md", diags);
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().severity, Severity::Error);
    return e.what();
  }
  return "";
}

TEST(FrontMatter, ReadsValuesAndDefaults) {
  Diagnostics diags;
  const Document doc =
      parse_issue("---\npublication: China Science and Technology Review\nissue: May 2025\n---\nText\n",
                  "in/issue.md", diags);
  EXPECT_EQ(doc.path, "in/issue.md");
  EXPECT_EQ(doc.meta.publication, "China Science and Technology Review");
  EXPECT_EQ(doc.meta.issue, "May 2025");
  EXPECT_EQ(doc.meta.lang, "en");
  EXPECT_EQ(doc.meta.style, "");
  EXPECT_EQ(doc.meta.layout, "");
  EXPECT_EQ(doc.meta.style_pos.line, 0);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_TRUE(diags.all().empty());
}

TEST(FrontMatter, ReadsOptionalKeysWithPositions) {
  Diagnostics diags;
  const Document doc = parse_issue(
      "---\nissue: \"No. 7\"\npublication: 'Quarterly'\nlang: zh-Hans\nstyle: classic\nlayout:   "
      "layouts/wide.yaml\n...\nBody\n",
      "issue.md", diags);
  EXPECT_EQ(doc.meta.publication, "Quarterly");
  EXPECT_EQ(doc.meta.issue, "No. 7");
  EXPECT_EQ(doc.meta.lang, "zh-Hans");
  EXPECT_EQ(doc.meta.style, "classic");
  EXPECT_EQ(doc.meta.layout, "layouts/wide.yaml");
  EXPECT_EQ(doc.meta.style_pos.file, "issue.md");
  EXPECT_EQ(doc.meta.style_pos.line, 5);
  EXPECT_EQ(doc.meta.style_pos.column, 8);
  EXPECT_EQ(doc.meta.layout_pos.line, 6);
  EXPECT_EQ(doc.meta.layout_pos.column, 11);
}

TEST(FrontMatter, AcceptsCrLfByteOrderMarkAndTrailingBlanks) {
  Diagnostics diags;
  const Document doc =
      parse_issue("\xEF\xBB\xBF---  \r\npublication: P\r\nissue: I\r\n--- \r\n# Head\r\n", "issue.md", diags);
  EXPECT_EQ(doc.meta.publication, "P");
  EXPECT_EQ(doc.meta.issue, "I");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].pos.line, 5);
}

TEST(FrontMatter, MissingFrontMatterIsAnError) {
  EXPECT_EQ(error_of("# Title\n"),
            "issue.md:1:1: error: an issue file must begin with front matter: a '---' line, "
            "'publication:' and 'issue:' lines, then another '---' line");
  EXPECT_EQ(error_of(""),
            "issue.md:1:1: error: an issue file must begin with front matter: a '---' line, "
            "'publication:' and 'issue:' lines, then another '---' line");
  EXPECT_EQ(error_of("\n---\npublication: P\nissue: I\n---\n"),
            "issue.md:1:1: error: an issue file must begin with front matter: a '---' line, "
            "'publication:' and 'issue:' lines, then another '---' line");
}

TEST(FrontMatter, UnclosedFrontMatterIsAnError) {
  EXPECT_EQ(error_of("---\npublication: P\nissue: I\n# Title\n"),
            "issue.md:1:1: error: the front matter is never closed: end it with a '---' line");
}

TEST(FrontMatter, MissingRequiredKeys) {
  EXPECT_EQ(error_of("---\nissue: May 2025\n---\n"),
            "issue.md:1:1: error: the front matter has no 'publication' key (the masthead title)");
  EXPECT_EQ(error_of("---\npublication: P\n---\n"),
            "issue.md:1:1: error: the front matter has no 'issue' key (the issue label, e.g. 'May 2025')");
  EXPECT_EQ(error_of("---\n---\n"),
            "issue.md:1:1: error: the front matter has no 'publication' key (the masthead title)");
}

TEST(FrontMatter, UnknownKeySuggestsTheClosestName) {
  EXPECT_EQ(error_of("---\npublication: P\nisue: May 2025\n---\n"),
            "issue.md:3:1: error: unknown key 'isue' in the front matter (did you mean 'issue'?)");
  EXPECT_EQ(error_of("---\npublication: P\nissue: I\n  \nLayuot: wide\n---\n"),
            "issue.md:5:1: error: unknown key 'Layuot' in the front matter (did you mean 'layout'?)");
  EXPECT_EQ(error_of("---\npublication: P\nissue: I\ntitle: T\n---\n"),
            "issue.md:4:1: error: unknown key 'title' in the front matter");
}

TEST(FrontMatter, YamlSyntaxErrorsPointIntoTheFile) {
  // yaml-cpp reports 0-based marks relative to the front matter: line 1 col 8 there is 3:9 here.
  EXPECT_EQ(error_of("---\npublication: \"P\" x\nissue: I\n---\n"),
            "issue.md:2:18: error: YAML syntax error: end of map not found");
  // At the end of the front matter: the closing delimiter's line.
  EXPECT_EQ(error_of("---\npublication: P\nissue: [May\n---\n"),
            "issue.md:4:1: error: YAML syntax error: end of sequence flow not found");
  EXPECT_EQ(error_of("---\npublication: a: b\nissue: I\n---\n"),
            "issue.md:2:15: error: YAML syntax error: illegal map value");
  EXPECT_EQ(error_of("---\npublication: P\n\tissue: I\n---\n"),
            "issue.md:3:1: error: YAML syntax error: illegal tab when looking for indentation");
}

TEST(FrontMatter, ValueErrors) {
  EXPECT_EQ(error_of("---\npublication:\nissue: I\n---\n"),
            "issue.md:2:1: error: missing value for 'publication'");
  EXPECT_EQ(error_of("---\npublication: P\nissue: [May, 2025]\n---\n"),
            "issue.md:3:8: error: expected text for 'issue', got a list");
  EXPECT_EQ(error_of("---\npublication: \"\"\nissue: I\n---\n"),
            "issue.md:2:14: error: 'publication' must not be empty");
  EXPECT_EQ(error_of("---\npublication: P\nissue: I\nissue: J\n---\n"),
            "issue.md:4:1: error: duplicate key 'issue' in the front matter (first given on line 3)");
  EXPECT_EQ(error_of("---\npublication: P\nissue: I\nlang: english\n---\n"),
            "issue.md:4:7: error: 'lang' must be a language tag such as 'en' or 'zh-Hans', got 'english'");
  EXPECT_EQ(error_of("---\n- publication\n- issue\n---\n"),
            "issue.md:2:1: error: expected a map of settings at the top of the front matter, got a list");
}

TEST(FrontMatter, ErrorCarriesStructuredPosition) {
  Diagnostics diags;
  try {
    parse_issue("---\npublication: P\nissue: I\nlagn: en\n---\n", "a/b.md", diags);
    FAIL() << "expected folio::Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().pos.file, "a/b.md");
    EXPECT_EQ(e.diagnostic().pos.line, 4);
    EXPECT_EQ(e.diagnostic().pos.column, 1);
    EXPECT_EQ(e.diagnostic().message, "unknown key 'lagn' in the front matter (did you mean 'lang'?)");
  }
}

TEST(Suggest, EditDistanceCountsTranspositionsAsOneEdit) {
  EXPECT_EQ(edit_distance("issue", "issue"), 0);
  EXPECT_EQ(edit_distance("isue", "issue"), 1);
  EXPECT_EQ(edit_distance("isseu", "issue"), 1);
  EXPECT_EQ(edit_distance("", "lang"), 4);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3);
}

TEST(Suggest, ClosestNameHonoursTheThreshold) {
  const std::vector<std::string> keys = {"publication", "issue", "lang", "style", "layout"};
  EXPECT_EQ(closest_name("pubication", keys), "publication");
  EXPECT_EQ(closest_name("STYLE", keys), "style");
  EXPECT_EQ(closest_name("lan", keys), "lang");
  EXPECT_EQ(closest_name("la", keys), "");  // two edits from a four-letter name: not a typo
  EXPECT_EQ(closest_name("title", keys), "");
}

TEST(LoadIssue, ReadsAFileAndReportsUnreadableOnes) {
  Diagnostics diags;
  const std::string path = std::string(FOLIO_BINARY_DIR) + "/input_load_test.md";
  {
    FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("---\npublication: P\nissue: I\n---\nHello\n", f);
    std::fclose(f);
  }
  const Document doc = load_issue(path, diags);
  EXPECT_EQ(doc.path, path);
  EXPECT_EQ(doc.meta.publication, "P");
  std::remove(path.c_str());
  try {
    load_issue(path, diags);
    FAIL() << "expected folio::Error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), path + ": error: cannot read the issue file: No such file or directory");
  }
}

}  // namespace
}  // namespace folio::input
