#include "pipeline/masthead.hpp"

namespace folio::pipeline {

Sp MastheadLayout::add_lines(Masthead& m, const std::string& style_name, const std::string& text, Sp y,
                             Sp measure, const std::string& region) const {
  const style::ParagraphStyle& st = sheet_.paragraph(style_name);
  para::ParagraphSpec spec =
      para::label_spec(styler_.plain(text, st), measure, st.align, lang_, sheet_.breaking);
  spec.left_indent = st.left_indent;
  spec.right_indent = st.right_indent;
  std::vector<para::Line> lines = builder_.build(spec);
  y += st.space_before;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    m.block.lines.push_back(SlotLine{std::move(lines[i]), st.name, page_.margins.left,
                                     y + baseline_in_slot(st.leading, st.size), measure,
                                     i + 1 == lines.size()});
    m.regions.push_back(region);
    y += st.leading;
  }
  return y + st.space_after;
}

// "Title ........ 3": the title ragged in the space left of the number, dot leaders aligned
// on a common grid so they line up from entry to entry.
Sp MastheadLayout::add_entry(Masthead& m, const ContentsEntry& e, Sp y) const {
  const style::ParagraphStyle& st = sheet_.paragraph("contents-entry");
  const Sp full = page_.width - page_.margins.left - page_.margins.right;
  const std::string number = e.page > 0 ? std::to_string(e.page) : "00";
  const para::ParagraphSpec num_spec =
      para::label_spec(styler_.plain(number, st), full, style::Align::Left, lang_, sheet_.breaking);
  std::vector<para::Line> num = builder_.build(num_spec);
  const Sp number_area = st.size * 3;
  const std::size_t first = m.block.lines.size();
  const Sp end_y = add_lines(m, "contents-entry", e.title, y, full - number_area, "contents");
  if (num.empty() || m.block.lines.size() == first) return end_y;

  SlotLine& last = m.block.lines.back();
  const Sp number_x = full - num[0].natural_width;
  para::ParagraphSpec dot_spec = num_spec;
  dot_spec.spans = styler_.plain(".", st);
  std::vector<para::Line> dot = builder_.build(dot_spec);
  const Sp pitch = st.size / 2;
  if (!dot.empty() && !dot[0].runs.empty() && !dot[0].runs[0].glyphs.empty()) {
    para::LineRun leaders = dot[0].runs[0];
    leaders.glyphs.clear();
    const Sp from = last.line.natural_width + st.size / 2;
    Sp x = (from + pitch - 1) / pitch * pitch;
    leaders.x = x;
    for (; x + pitch < number_x - st.size / 3; x += pitch) {
      para::LineGlyph g = dot[0].runs[0].glyphs[0];
      g.x_advance = pitch;
      g.text.clear();  // leaders are decoration, not text
      leaders.glyphs.push_back(g);
    }
    if (!leaders.glyphs.empty()) last.line.runs.push_back(leaders);
  }
  for (para::LineRun r : num[0].runs) {
    r.x += number_x;
    last.line.runs.push_back(r);
  }
  last.line.text += " " + number;
  return end_y;
}

Masthead MastheadLayout::layout(const input::FrontMatter& meta,
                                const std::vector<ContentsEntry>& contents) const {
  Masthead m;
  const style::Masthead& mh = page_.masthead;
  const Sp full = page_.width - page_.margins.left - page_.margins.right;
  if (mh.band_height > 0) m.block.rules.push_back(SlotRule{0, 0, page_.width, mh.band_height, mh.band_color});
  Sp y = std::max(page_.margins.top, mh.band_height);
  y = add_lines(m, "masthead-title", meta.publication, y, full, "masthead");
  y = add_lines(m, "masthead-issue", meta.issue, y, full, "masthead");
  if (mh.rule_below.thickness > 0) {
    const Sp gap = sheet_.paragraph("body").leading / 2;
    m.block.rules.push_back(
        SlotRule{page_.margins.left, y + gap, full, mh.rule_below.thickness, mh.rule_below.color});
    y += 2 * gap + mh.rule_below.thickness;
  }
  if (mh.contents && !contents.empty()) {
    y = add_lines(m, "contents-title", mh.contents_title, y, full, "contents");
    // The list may take half the page at most; the body must still start on page 1.
    const Sp limit = page_.margins.top + (page_.height - page_.margins.top - page_.margins.bottom) / 2;
    const Sp entry_leading = sheet_.paragraph("contents-entry").leading;
    for (std::size_t i = 0; i < contents.size(); ++i) {
      const std::size_t rest = contents.size() - i;
      if (rest > 1 && y + 2 * entry_leading > limit) {
        y = add_lines(m, "contents-entry", "\u2026 and " + std::to_string(rest) + " more", y, full,
                      "contents");
        break;
      }
      y = add_entry(m, contents[i], y);
    }
  }
  y += mh.space_after;
  // The columns start on the baseline grid counted from the top margin.
  const Sp grid = page_.baseline_grid;
  Sp body = y - page_.margins.top;
  if (grid > 0) body = (body + grid - 1) / grid * grid;
  m.block.height = page_.margins.top + std::max<Sp>(body, 0);
  return m;
}

}  // namespace folio::pipeline
