// Every key the style-sheet and page-layout loaders accept, in one place: the loaders validate
// against these lists, `folio styles check` tells the two kinds of file apart with them, and a
// test holds docs/styles.md to them.
#pragma once

#include <string>
#include <vector>

namespace folio::style {

// Style sheets.
extern const std::vector<std::string> kSheetKeys;     // the top level
extern const std::vector<std::string> kBreakingKeys;  // `breaking:`
extern const std::vector<std::string> kFlowKeys;      // `flow:`
extern const std::vector<std::string> kParagraphProperties;
extern const std::vector<std::string> kCharProperties;

// Page layouts.
extern const std::vector<std::string> kLayoutKeys;     // the top level
extern const std::vector<std::string> kPageKeys;       // `page:`
extern const std::vector<std::string> kMarginKeys;     // `margins:`
extern const std::vector<std::string> kRuleKeys;       // `column-rule:`, `rule-below:`, `rule:`
extern const std::vector<std::string> kMastheadKeys;   // `masthead:`
extern const std::vector<std::string> kFurnitureKeys;  // `footer:`, `header:`

struct KeySection {
  const char* name;  // "style sheet", "paragraph style", "layout masthead", ...
  const std::vector<std::string>* keys;
};

// All of the lists above, named.
const std::vector<KeySection>& key_sections();

}  // namespace folio::style
