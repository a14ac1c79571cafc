#include "style/schema.hpp"

namespace folio::style {

const std::vector<std::string> kSheetKeys = {
    "colors", "fonts", "link-color", "breaking", "flow", "paragraph-styles", "character-styles"};
const std::vector<std::string> kBreakingKeys = {"pretolerance",
                                                "tolerance",
                                                "line-penalty",
                                                "hyphen-penalty",
                                                "ex-hyphen-penalty",
                                                "adj-demerits",
                                                "double-hyphen-demerits",
                                                "final-hyphen-demerits",
                                                "emergency-stretch",
                                                "max-hyphen-run",
                                                "expansion"};
const std::vector<std::string> kFlowKeys = {"widow-lines", "orphan-lines", "lines-after-heading"};

// In the order `folio styles list` shows them.
const std::vector<std::string> kParagraphProperties = {
    "based-on",        "family",         "weight",         "style",       "size",
    "leading",         "tracking",       "color",          "align",       "first-indent",
    "left-indent",     "right-indent",   "space-before",   "space-after", "hyphenate",
    "hyphen-min-word", "keep-with-next", "text-transform", "features"};
const std::vector<std::string> kCharProperties = {"based-on",
                                                  "family",
                                                  "weight",
                                                  "style",
                                                  "size-scale",
                                                  "baseline-shift",
                                                  "color",
                                                  "underline",
                                                  "underline-thickness",
                                                  "underline-offset",
                                                  "text-transform",
                                                  "features"};

const std::vector<std::string> kLayoutKeys = {"colors", "page",        "margins",       "columns",
                                              "gutter", "column-rule", "baseline-grid", "masthead",
                                              "footer", "header"};
const std::vector<std::string> kPageKeys = {"size", "width", "height"};
const std::vector<std::string> kMarginKeys = {"top", "right", "bottom", "left"};
const std::vector<std::string> kRuleKeys = {"thickness", "color"};
const std::vector<std::string> kMastheadKeys = {"band-height", "band-color", "rule-below",
                                                "space-after", "contents",   "contents-title"};
const std::vector<std::string> kFurnitureKeys = {"left", "center", "right", "baseline", "rule", "style"};

const std::vector<KeySection>& key_sections() {
  static const std::vector<KeySection> kAll = {
      {"style sheet", &kSheetKeys},
      {"breaking", &kBreakingKeys},
      {"flow", &kFlowKeys},
      {"paragraph style", &kParagraphProperties},
      {"character style", &kCharProperties},
      {"page layout", &kLayoutKeys},
      {"layout page", &kPageKeys},
      {"layout margins", &kMarginKeys},
      {"layout rule", &kRuleKeys},
      {"layout masthead", &kMastheadKeys},
      {"layout furniture", &kFurnitureKeys},
  };
  return kAll;
}

}  // namespace folio::style
