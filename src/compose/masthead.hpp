// Page 1's full-width top: the coloured band, publication title, issue label, a rule, and the
// "In this issue" list. The first page region above the columns (later also figures and tables
// that span them).
#pragma once

#include <vector>

#include "compose/contents.hpp"
#include "compose/context.hpp"
#include "frame/frame.hpp"
#include "input/document.hpp"

namespace folio::compose {

struct Masthead {
  frame::Frame frame;  // from the page's top-left corner: a "masthead" and a "contents" region
  Sp height = 0;       // where the columns start below the page's top edge, on the baseline grid
};

Masthead set_masthead(const input::FrontMatter& meta, const std::vector<ContentsEntry>& contents,
                      const Context& cx);

}  // namespace folio::compose
