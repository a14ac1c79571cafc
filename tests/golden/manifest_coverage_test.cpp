// golden/manifest covers what the issue asks: every sample issue as its front matter says,
// every shipped style and every shipped layout on the May 2025 issue; and every case has its
// goldens (and golden/ holds no folder of a case that is gone).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "golden/golden_store.hpp"
#include "golden/manifest.hpp"
#include "golden_test_support.hpp"

namespace folio::golden {
namespace {

namespace fs = std::filesystem;

const char kMay[] = "samples/2025-05/issue.md";

std::vector<std::string> yaml_names(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(test::kRoot + "/" + folder))
    if (e.path().extension() == ".yaml") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

bool has_case(const std::vector<Case>& cases, const std::string& input, const std::string& style,
              const std::string& layout) {
  return std::any_of(cases.begin(), cases.end(), [&](const Case& c) {
    return c.input == input && c.style == style && c.layout == layout;
  });
}

class ManifestCoverage : public ::testing::Test {
 protected:
  const std::vector<Case> cases_ = load_manifest(test::kManifest);
};

TEST_F(ManifestCoverage, EverySampleIssue) {
  int samples = 0;
  for (const auto& e : fs::directory_iterator(test::kRoot + "/samples")) {
    if (!fs::is_regular_file(e.path() / "issue.md")) continue;
    ++samples;
    const std::string input = "samples/" + e.path().filename().string() + "/issue.md";
    EXPECT_TRUE(has_case(cases_, input, "", ""))
        << "no case renders " << input << " with style - and layout -";
  }
  EXPECT_GE(samples, 1);
}

TEST_F(ManifestCoverage, EveryShippedStyleAndLayoutOnTheMayIssue) {
  const std::vector<std::string> styles = yaml_names("styles"), layouts = yaml_names("layout");
  EXPECT_FALSE(styles.empty());
  EXPECT_FALSE(layouts.empty());
  for (const std::string& s : styles)
    EXPECT_TRUE(has_case(cases_, kMay, s, "default"))
        << "add: style-" << s << "  " << kMay << "  " << s << "  default";
  for (const std::string& l : layouts)
    EXPECT_TRUE(has_case(cases_, kMay, "default", l))
        << "add: layout-" << l << "  " << kMay << "  default  " << l;
}

TEST_F(ManifestCoverage, EveryCaseHasGoldensAndNoGoldensOutliveTheirCase) {
  std::set<std::string> names;
  for (const Case& c : cases_) {
    names.insert(c.name);
    const std::string dir = test::kRoot + "/golden/" + c.name;
    EXPECT_TRUE(fs::is_regular_file(dir + "/layout.txt")) << dir;
    EXPECT_TRUE(fs::is_regular_file(dir + "/text.txt")) << dir;
    EXPECT_FALSE(page_files(dir).empty()) << dir;
  }
  for (const auto& e : fs::directory_iterator(test::kRoot + "/golden")) {
    const std::string name = e.path().filename().string();
    if (e.is_directory() && name != "cases") {
      EXPECT_EQ(names.count(name), 1u) << "golden/" << name << " has no case";
    }
  }
}

}  // namespace
}  // namespace folio::golden
