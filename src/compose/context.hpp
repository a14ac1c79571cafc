// What every part of composition sets text with: the style sheet and page layout, the
// paragraph builder, the inline styler and the language. The functions that set the
// body, the masthead, the contents and the furniture take it by reference; the document itself
// travels as their arguments, and what they set comes back as their results.
#pragma once

#include <string>
#include <vector>

#include "compose/figure_files.hpp"
#include "compose/inline_styler.hpp"
#include "folio/diagnostic.hpp"
#include "frame/frame.hpp"
#include "para/paragraph_builder.hpp"
#include "style/page_template.hpp"
#include "style/style_sheet.hpp"

namespace folio::compose {

struct Context {
  const style::StyleSheet& sheet;
  const style::PageTemplate& page;  // with its baseline grid made concrete (never kAutoGrid)
  const para::ParagraphBuilder& builder;
  InlineStyler& styler;  // numbers the links of the whole issue
  std::string lang;
  Diagnostics& diags;  // what composing finds worth a warning (a table row cut, words broken)
  unsigned threads = 1;  // that set the body's paragraphs (Inputs::threads)
  const FigureFiles* figures = nullptr;  // the pictures the figures name

  // A paragraph of style `st` set to `measure`: its indents, alignment and hyphenation.
  para::ParagraphSpec spec(const style::ParagraphStyle& st, Sp measure) const;

  // A short plain text in style `st`, set as it comes (para::label_spec): the masthead, the
  // contents, the furniture and list markers.
  para::ParagraphSpec label(const std::string& text, const style::ParagraphStyle& st, Sp measure,
                            style::Align align) const;
  // The lines of such a text aligned and indented as its style says: the masthead's and the
  // contents' lines.
  std::vector<frame::Frame> styled_lines(const std::string& text, const style::ParagraphStyle& st,
                                         Sp measure) const;
};

// Places `lines` in `region` at x, one `st.leading` apart, the first line space starting
// `st.space_before` below y; each an item of `role`. Returns the y under the last line space and
// `st.space_after`.
Sp stack_lines(frame::Frame& region, std::vector<frame::Frame> lines, const style::ParagraphStyle& st, Sp x, Sp y,
               frame::Role role);

}  // namespace folio::compose
