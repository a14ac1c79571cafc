#include "compose/context.hpp"

#include "compose/page_geometry.hpp"

namespace folio::compose {

para::ParagraphSpec Context::spec(const style::ParagraphStyle& st, Sp measure) const {
  para::ParagraphSpec spec;
  spec.style = st.name;
  spec.measure = measure;
  spec.first_indent = st.first_indent;
  spec.left_indent = st.left_indent;
  spec.right_indent = st.right_indent;
  spec.align = st.align;
  spec.hyphenate = st.hyphenate;
  spec.hyphen_min_word = st.hyphen_min_word;
  spec.lang = lang;
  spec.breaking = sheet.breaking;
  return spec;
}

para::ParagraphSpec Context::label(const std::string& text, const style::ParagraphStyle& st, Sp measure,
                                   style::Align align) const {
  para::ParagraphSpec spec = para::label_spec(styler.plain(text, st), measure, align, lang, sheet.breaking);
  spec.style = st.name;
  return spec;
}

std::vector<frame::Frame> Context::styled_lines(const std::string& text, const style::ParagraphStyle& st,
                                                Sp measure) const {
  para::ParagraphSpec spec = label(text, st, measure, st.align);
  spec.left_indent = st.left_indent;
  spec.right_indent = st.right_indent;
  spec.balance = true;
  return builder.build(spec);
}

Sp stack_lines(frame::Frame& region, std::vector<frame::Frame> lines, const style::ParagraphStyle& st, Sp x, Sp y,
               frame::Role role) {
  y += st.space_before;
  for (frame::Frame& line : lines) {
    region.place({x, y + baseline_in_leading(st.leading, st.size)}, std::move(line), role);
    y += st.leading;
  }
  return y + st.space_after;
}

}  // namespace folio::compose
