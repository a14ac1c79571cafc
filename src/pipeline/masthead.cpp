#include "pipeline/masthead.hpp"

namespace folio::pipeline {

std::vector<frame::Frame> MastheadLayout::set(const style::ParagraphStyle& st, const std::string& text,
                                              Sp measure) const {
  para::ParagraphSpec spec =
      para::label_spec(styler_.plain(text, st), measure, st.align, lang_, sheet_.breaking);
  spec.style = st.name;
  spec.left_indent = st.left_indent;
  spec.right_indent = st.right_indent;
  return builder_.build(spec);
}

Sp MastheadLayout::place(frame::Frame& region, std::vector<frame::Frame> lines, const style::ParagraphStyle& st,
                         Sp y, frame::Role role) const {
  y += st.space_before;
  for (frame::Frame& line : lines) {
    region.place({page_.margins.left, y + baseline_in_slot(st.leading, st.size)}, std::move(line), role);
    y += st.leading;
  }
  return y + st.space_after;
}

Sp MastheadLayout::add_lines(frame::Frame& region, const std::string& style_name, const std::string& text, Sp y,
                             Sp measure, frame::Role role) const {
  const style::ParagraphStyle& st = sheet_.paragraph(style_name);
  return place(region, set(st, text, measure), st, y, role);
}

// "Title ........ 3": the title ragged in the space left of the number, dot leaders aligned
// on a common grid so they line up from entry to entry.
Sp MastheadLayout::add_entry(frame::Frame& region, const ContentsEntry& e, Sp y) const {
  const style::ParagraphStyle& st = sheet_.paragraph("contents-entry");
  const Sp full = page_.width - page_.margins.left - page_.margins.right;
  const std::string number = e.page > 0 ? std::to_string(e.page) : "00";
  const para::ParagraphSpec num_spec =
      para::label_spec(styler_.plain(number, st), full, style::Align::Left, lang_, sheet_.breaking);
  std::vector<frame::Frame> num = builder_.build(num_spec);
  const Sp number_area = st.size * 3;
  std::vector<frame::Frame> title = set(st, e.title, full - number_area);
  if (num.empty() || title.empty()) return place(region, std::move(title), st, y, frame::Role::ContentsEntry);

  frame::Frame& last = title.back();
  const Sp number_x = full - num[0].line->natural_width;
  para::ParagraphSpec dot_spec = num_spec;
  dot_spec.spans = styler_.plain(".", st);
  std::vector<frame::Frame> dot = builder_.build(dot_spec);
  const Sp pitch = st.size / 2;
  const frame::GlyphRun* dot_run =
      dot.empty() || dot[0].items.empty() ? nullptr : std::get_if<frame::GlyphRun>(&dot[0].items[0].content);
  if (dot_run && !dot_run->glyphs.empty()) {
    frame::GlyphRun leaders = *dot_run;
    leaders.glyphs.clear();
    const Sp from = last.line->natural_width + st.size / 2;
    const Sp start = (from + pitch - 1) / pitch * pitch;
    for (Sp x = start; x + pitch < number_x - st.size / 3; x += pitch) {
      frame::Glyph g = dot_run->glyphs[0];
      g.x_advance = pitch;
      g.text.clear();  // leaders are decoration, not text
      leaders.glyphs.push_back(g);
    }
    if (!leaders.glyphs.empty())
      last.add({start, dot[0].items[0].at.y}, std::move(leaders), frame::Role::Artifact);
  }
  num[0].line.reset();  // part of the entry's last line
  last.place({number_x, 0}, std::move(num[0]));
  last.line->text += " " + number;
  return place(region, std::move(title), st, y, frame::Role::ContentsEntry);
}

Masthead MastheadLayout::layout(const input::FrontMatter& meta,
                                const std::vector<ContentsEntry>& contents) const {
  Masthead m;
  const style::Masthead& mh = page_.masthead;
  const Sp full = page_.width - page_.margins.left - page_.margins.right;
  frame::Frame top;
  top.region = "masthead";
  if (mh.band_height > 0)
    top.add({0, 0}, frame::Rule{page_.width, mh.band_height, mh.band_color}, frame::Role::Artifact);
  Sp y = std::max(page_.margins.top, mh.band_height);
  y = add_lines(top, "masthead-title", meta.publication, y, full, frame::Role::Title);
  y = add_lines(top, "masthead-issue", meta.issue, y, full, frame::Role::Title);
  if (mh.rule_below.thickness > 0) {
    const Sp gap = sheet_.paragraph("body").leading / 2;
    top.add({page_.margins.left, y + gap}, frame::Rule{full, mh.rule_below.thickness, mh.rule_below.color},
            frame::Role::Artifact);
    y += 2 * gap + mh.rule_below.thickness;
  }
  frame::Frame list;
  list.region = "contents";
  if (mh.contents && !contents.empty()) {
    y = add_lines(list, "contents-title", mh.contents_title, y, full, frame::Role::Caption);
    // The list may take half the page at most; the body must still start on page 1.
    const Sp limit = page_.margins.top + (page_.height - page_.margins.top - page_.margins.bottom) / 2;
    const Sp entry_leading = sheet_.paragraph("contents-entry").leading;
    for (std::size_t i = 0; i < contents.size(); ++i) {
      const std::size_t rest = contents.size() - i;
      if (rest > 1 && y + 2 * entry_leading > limit) {
        y = add_lines(list, "contents-entry", "\u2026 and " + std::to_string(rest) + " more", y, full,
                      frame::Role::ContentsEntry);
        break;
      }
      y = add_entry(list, contents[i], y);
    }
  }
  y += mh.space_after;
  // The columns start on the baseline grid counted from the top margin.
  const Sp grid = page_.baseline_grid;
  Sp body = y - page_.margins.top;
  if (grid > 0) body = (body + grid - 1) / grid * grid;
  m.height = page_.margins.top + std::max<Sp>(body, 0);
  m.frame.width = page_.width;
  m.frame.height = m.height;
  m.frame.place({0, 0}, std::move(top));
  m.frame.place({0, 0}, std::move(list), frame::Role::Contents);
  return m;
}

}  // namespace folio::pipeline
