// Synthetic paragraphs for the Knuth-Plass tests: words are boxes (widths in points), spaces
// glue(6, 3, 2) pt, hyphenation points penalty(3 pt, 50, flagged), and the list ends like TeX's
// paragraph: glue(0, fil, 0) penalty(+inf) penalty(-inf).
#pragma once

#include <cstddef>
#include <map>
#include <vector>

#include "para/knuth_plass.hpp"

namespace folio::para::testing {

constexpr Sp kPt = kSpPerPt;

inline Item space() { return Item::glue(6 * kPt, 3 * kPt, 2 * kPt); }
inline Item hyphen() { return Item::penalty_item(3 * kPt, 50, true); }

inline void end_paragraph(std::vector<Item>& items) {
  items.push_back(Item::glue(0, kInfStretch, 0));
  items.push_back(Item::penalty_item(0, kInfPenalty, false));
  items.push_back(Item::penalty_item(0, -kInfPenalty, false));
}

// `parts[k]` splits word k into boxes joined by hyphenation points (the widths should sum to
// words[k], which is then ignored).
inline std::vector<Item> paragraph(const std::vector<int>& words,
                                   const std::map<std::size_t, std::vector<int>>& parts = {}) {
  std::vector<Item> items;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (k > 0) items.push_back(space());
    auto split = parts.find(k);
    if (split == parts.end()) {
      items.push_back(Item::box(words[k] * kPt));
      continue;
    }
    for (std::size_t p = 0; p < split->second.size(); ++p) {
      if (p > 0) items.push_back(hyphen());
      items.push_back(Item::box(split->second[p] * kPt));
    }
  }
  end_paragraph(items);
  return items;
}

inline std::vector<std::size_t> indices(const BreakResult& result) {
  std::vector<std::size_t> out;
  for (const LineBreak& b : result.breaks) out.push_back(b.index);
  return out;
}

inline std::vector<bool> hyphenated(const BreakResult& result) {
  std::vector<bool> out;
  for (const LineBreak& b : result.breaks) out.push_back(b.hyphenated);
  return out;
}

}  // namespace folio::para::testing
