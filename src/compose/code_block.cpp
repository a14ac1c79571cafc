#include "compose/code_block.hpp"

#include "compose/verbatim.hpp"

namespace folio::compose {

std::vector<frame::Frame> set_code_lines(const input::Block& block, Sp indent, const Context& cx) {
  const style::ParagraphStyle& st = cx.sheet.paragraph("code-block");
  const Sp measure = cx.page.column_width();
  // The hanging indent of a wrapped line's rest: two of the code's own characters.
  const Sp hang = st.size * 12 / 10;
  std::vector<frame::Frame> out;
  std::string text = verbatim(block.text);
  std::size_t from = 0;
  while (from <= text.size()) {
    const std::size_t nl = std::min(text.find('\n', from), text.size());
    const std::string source_line = text.substr(from, nl - from);
    from = nl + 1;
    // A wrapped rest hangs under the line's own indentation, two characters further in.
    std::size_t leading = 0;
    while (source_line.compare(leading * 2, 2, "\u00A0") == 0) ++leading;
    const Sp indentation =
        leading == 0 ? 0 : cx.builder.measure(cx.label(std::string(leading, '0'), st, measure, style::Align::Left)).max;
    const Sp start = st.left_indent + indent + st.padding;
    para::ParagraphSpec spec;
    spec.style = st.name;
    spec.measure = measure;
    spec.left_indent = std::min(start + indentation + hang, measure / 2);
    spec.first_indent = start - spec.left_indent;
    spec.right_indent = st.right_indent + st.padding;
    spec.align = style::Align::Left;
    spec.hyphenate = false;
    spec.lang = cx.lang;
    spec.breaking = cx.sheet.breaking;
    spec.spans = cx.styler.plain(source_line, st);
    for (para::Span& s : spec.spans) s.style.verbatim = true;
    std::vector<frame::Frame> lines = source_line.empty() ? std::vector<frame::Frame>{} : cx.builder.build(spec);
    if (lines.empty()) {  // a blank line of code keeps its place
      frame::Frame blank;
      blank.line = frame::LineInfo{st.name, measure, 0, "", false, true, 0};
      out.push_back(std::move(blank));
      continue;
    }
    for (std::size_t i = 1; i < lines.size(); ++i) {
      // The mark sits in the hanging indent, where the wrapped rest begins.
      std::vector<frame::Frame> mark =
          cx.builder.build(cx.label(kContinuationMark, st, measure, style::Align::Left));
      if (mark.empty()) continue;
      mark[0].line.reset();
      frame::Frame& line = lines[i];
      line.items.insert(line.items.begin(),
                        frame::Item({std::max(start, spec.left_indent - hang), 0}, frame::Role::Artifact,
                                    std::move(mark[0])));
    }
    for (frame::Frame& line : lines) out.push_back(std::move(line));
  }
  return out;
}

}  // namespace folio::compose
