// Typesets the blocks into a galley of slots and the vertical list the paginator
// breaks into columns: keeps headings with what follows, forbids widows and orphans, and
// sizes headings so the next body line lands back on the baseline grid.
#pragma once

#include <string>
#include <vector>

#include "input/document.hpp"
#include "para/paragraph_builder.hpp"
#include "pipeline/inline_spans.hpp"
#include "pipeline/slots.hpp"
#include "style/page_template.hpp"
#include "style/style_sheet.hpp"

namespace folio::pipeline {

class BodyLayout {
 public:
  BodyLayout(const style::StyleSheet& sheet, const style::PageTemplate& page, InlineStyler& styler,
             const para::ParagraphBuilder& builder, std::string lang);

  Galley layout(const std::vector<input::Block>& blocks);

 private:
  struct Context {
    int list_depth = 0;
    int quote_depth = 0;
  };
  void block(const input::Block& b, const Context& ctx);
  void list(const input::Block& b, const Context& ctx);
  void paragraph(std::vector<para::Span> spans, const style::ParagraphStyle& st, Sp extra_indent,
                 const std::string& marker, frame::Role role);
  void heading(const input::Block& b);
  void rule_block();
  void begin_block(Sp space_before);
  para::ParagraphSpec spec_for(const style::ParagraphStyle& st, Sp extra_indent) const;
  void add_marker(frame::Frame& first, const std::string& marker, const style::ParagraphStyle& st, Sp indent);
  Sp snap(Sp v) const;  // up to the baseline grid

  const style::StyleSheet& sheet_;
  const style::PageTemplate& page_;
  InlineStyler& styler_;
  const para::ParagraphBuilder& builder_;
  std::string lang_;
  Sp grid_ = 0;
  Sp measure_ = 0;

  Galley galley_;
  Sp pending_space_ = 0;         // the previous block's space after
  bool keep_with_next_ = false;  // the previous block was a heading
  bool after_paragraph_ = false;
};

}  // namespace folio::pipeline
