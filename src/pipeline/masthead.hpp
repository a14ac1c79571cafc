// Page 1's full-width top: the coloured band, publication title, issue label, a rule, and
// the "In this issue" list with page numbers.
#pragma once

#include <string>
#include <vector>

#include "frame/frame.hpp"
#include "input/document.hpp"
#include "para/paragraph_builder.hpp"
#include "pipeline/inline_spans.hpp"
#include "pipeline/slots.hpp"
#include "style/page_template.hpp"
#include "style/style_sheet.hpp"

namespace folio::pipeline {

struct ContentsEntry {
  std::string title;
  int page = 0;  // 1-based; 0 while not yet known (space for two digits is kept)
};

// Positioned from the page's top-left corner: a "masthead" region and a "contents" region.
struct Masthead {
  frame::Frame frame;
  Sp height = 0;  // where the columns may start below the page's top edge, on the baseline grid
};

class MastheadLayout {
 public:
  MastheadLayout(const style::StyleSheet& sheet, const style::PageTemplate& page, InlineStyler& styler,
                 const para::ParagraphBuilder& builder, std::string lang)
      : sheet_(sheet), page_(page), styler_(styler), builder_(builder), lang_(std::move(lang)) {}

  Masthead layout(const input::FrontMatter& meta, const std::vector<ContentsEntry>& contents) const;

 private:
  std::vector<frame::Frame> set(const style::ParagraphStyle& st, const std::string& text, Sp measure) const;
  Sp place(frame::Frame& region, std::vector<frame::Frame> lines, const style::ParagraphStyle& st, Sp y,
           frame::Role role) const;
  Sp add_lines(frame::Frame& region, const std::string& style_name, const std::string& text, Sp y, Sp measure,
               frame::Role role) const;
  Sp add_entry(frame::Frame& region, const ContentsEntry& e, Sp y) const;

  const style::StyleSheet& sheet_;
  const style::PageTemplate& page_;
  InlineStyler& styler_;
  const para::ParagraphBuilder& builder_;
  std::string lang_;
};

}  // namespace folio::pipeline
