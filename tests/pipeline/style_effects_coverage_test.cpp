// Holds the style-effect tables to the schema: every key the style-sheet and page-layout loaders
// accept (src/style/sheet_schema.cpp, layout_schema.cpp) is changed by at least one row, so a new
// property cannot land without a test that proves it changes the output.
#include <gtest/gtest.h>

#include "pipeline/style_effects_support.hpp"
#include "style/schema_info.hpp"

namespace folio::pipeline::effects {
namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }
bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Whether some row changes a key of `target` for which `matches(key, value)` holds.
bool changed(Target target, const std::function<bool(const std::string&, const std::string&)>& matches) {
  for (const Effect* e : all_effects())
    if (e->change.target == target && matches(e->change.key, e->change.value)) return true;
  return false;
}

// The key itself, or its section replaced whole with a value that names it ("page: {size: A5}").
bool key_or_value(Target target, const std::string& section, const std::string& key) {
  return changed(target, [&](const std::string& k, const std::string& v) {
    return k == section + "." + key || (k == section && v.find(key + ":") != std::string::npos);
  });
}

TEST(StyleEffectCoverage, TablesHaveRows) { EXPECT_GE(all_effects().size(), 100u); }

TEST(StyleEffectCoverage, EveryStyleSheetKeyHasARow) {
  for (const std::string& k : style::key_names("paragraph-style"))
    EXPECT_TRUE(changed(Target::Style,
                        [&](const std::string& key, const std::string&) {
                          return starts_with(key, "paragraph-styles.") && ends_with(key, "." + k);
                        }))
        << "paragraph style property " << k;
  for (const std::string& k : style::key_names("character-style"))
    EXPECT_TRUE(changed(Target::Style,
                        [&](const std::string& key, const std::string&) {
                          return starts_with(key, "character-styles.") && ends_with(key, "." + k);
                        }))
        << "character style property " << k;
  for (const std::string& k : style::key_names("breaking"))
    EXPECT_TRUE(key_or_value(Target::Style, "breaking", k)) << "breaking." << k;
  for (const std::string& k : style::key_names("flow"))
    EXPECT_TRUE(key_or_value(Target::Style, "flow", k)) << "flow." << k;
  for (const char* section : {"table", "footnotes"})
    for (const std::string& k : style::key_names(section))
      EXPECT_TRUE(changed(Target::Style, [&](const std::string& key, const std::string& value) {
        const std::string full = std::string(section) + "." + k;
        return key == full || key.rfind(full + ".", 0) == 0 || (key == section && value.find(k + ":") != std::string::npos);
      })) << section << "." << k;
  for (const std::string& k : style::key_names("style-sheet"))
    EXPECT_TRUE(changed(
        Target::Style,
        [&](const std::string& key, const std::string&) { return key == k || starts_with(key, k + "."); }))
        << "top-level key " << k;
}

TEST(StyleEffectCoverage, EveryPageLayoutKeyHasARow) {
  for (const std::string& k : style::key_names("page-layout"))
    EXPECT_TRUE(changed(
        Target::Layout,
        [&](const std::string& key, const std::string&) { return key == k || starts_with(key, k + "."); }))
        << "top-level key " << k;
  for (const std::string& k : style::key_names("layout-page"))
    EXPECT_TRUE(key_or_value(Target::Layout, "page", k)) << "page." << k;
  for (const std::string& k : style::key_names("layout-margins"))
    EXPECT_TRUE(key_or_value(Target::Layout, "margins", k)) << "margins." << k;
  for (const std::string& k : style::key_names("layout-masthead"))
    EXPECT_TRUE(key_or_value(Target::Layout, "masthead", k)) << "masthead." << k;
  for (const char* section : {"footer", "header"})
    for (const std::string& k : style::key_names("layout-furniture"))
      EXPECT_TRUE(key_or_value(Target::Layout, section, k)) << section << "." << k;
  // Rules are read alike wherever they are: each key of one, and each rule at all.
  for (const std::string& k : style::key_names("layout-rule"))
    EXPECT_TRUE(key_or_value(Target::Layout, "column-rule", k)) << "column-rule." << k;
  for (const std::string rule : {"column-rule", "masthead.rule-below", "footer.rule", "header.rule"})
    EXPECT_TRUE(changed(Target::Layout, [&](const std::string& key, const std::string&) {
      return key == rule || starts_with(key, rule + ".");
    })) << rule;
}

}  // namespace
}  // namespace folio::pipeline::effects
