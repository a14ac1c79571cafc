#include "compose/contents.hpp"

#include <algorithm>

#include "compose/page_geometry.hpp"

namespace folio::compose {
namespace {

// "Title ........ 3": the title ragged in the space left of the number, dot leaders aligned
// on a common grid so they line up from entry to entry.
Sp set_entry(frame::Frame& region, const ContentsEntry& e, Sp y, const Context& cx) {
  const style::ParagraphStyle& st = cx.sheet.paragraph("contents-entry");
  const Sp full = text_width(cx.page);
  const std::string number = e.page > 0 ? std::to_string(e.page) : "00";
  std::vector<frame::Frame> num = cx.builder.build(cx.label(number, st, full, style::Align::Left));
  // A deeper level is indented by 1.5 em of the entry's size.
  const Sp indent = e.depth * st.size * 3 / 2;
  std::vector<frame::Frame> title = cx.styled_lines(e.title, st, full - st.size * 3 - indent);
  for (frame::Frame& line : title) {
    frame::Frame moved;
    moved.line = std::move(line.line);
    line.line.reset();
    moved.place({indent, 0}, std::move(line));
    moved.line->natural_width += indent;
    line = std::move(moved);
  }
  if (!num.empty() && !title.empty()) {
    frame::Frame& last = title.back();
    const Sp number_x = full - num[0].line->natural_width;
    const std::vector<frame::Frame> dot = cx.builder.build(cx.label(".", st, full, style::Align::Left));
    const frame::GlyphRun* dot_run =
        dot.empty() || dot[0].items.empty() ? nullptr : std::get_if<frame::GlyphRun>(&dot[0].items[0].content);
    if (dot_run && !dot_run->glyphs.empty()) {
      const Sp pitch = st.size / 2;
      const Sp from = last.line->natural_width + st.size / 2;
      const Sp start = (from + pitch - 1) / pitch * pitch;
      frame::GlyphRun leaders = *dot_run;
      leaders.glyphs.clear();
      leaders.text.clear();
      for (Sp x = start; x + pitch < number_x - st.size / 3; x += pitch) {
        frame::Glyph g = dot_run->glyphs[0];
        g.x_advance = static_cast<std::int32_t>(pitch);
        leaders.push(g, "");  // leaders are decoration, not text
      }
      if (!leaders.glyphs.empty())
        last.add({start, dot[0].items[0].at.y}, std::move(leaders), frame::Role::Artifact);
    }
    num[0].line.reset();  // part of the entry's last line
    last.place({number_x, 0}, std::move(num[0]));
    last.line->text += " " + number;
  }
  return stack_lines(region, std::move(title), st, cx.page.margins.left, y, frame::Role::ContentsEntry);
}

}  // namespace

ContentsLevels contents_levels(const std::vector<input::Heading>& headings, const style::Masthead& masthead) {
  int first = masthead.contents_level;
  if (first == 0) {
    int level_one = 0, deeper = 0;
    for (const input::Heading& h : headings) {
      level_one += h.level == 1;
      deeper += h.level == 2;
    }
    first = level_one == 1 && deeper > 0 ? 2 : 1;
  }
  return ContentsLevels{first, std::min(6, first + masthead.contents_depth - 1)};
}

std::vector<ContentsEntry> contents_entries(const std::vector<input::Heading>& headings, const ContentsLevels& levels) {
  std::vector<ContentsEntry> out;
  for (std::size_t i = 0; i < headings.size(); ++i) {
    const input::Heading& h = headings[i];
    if (h.level >= levels.first && h.level <= levels.last)
      out.push_back(ContentsEntry{h.title, 0, h.level - levels.first, static_cast<int>(i)});
  }
  return out;
}

void number_entries(std::vector<ContentsEntry>& entries, const std::vector<int>& pages) {
  std::vector<ContentsEntry> kept;
  for (ContentsEntry& e : entries) {
    const std::size_t h = static_cast<std::size_t>(e.heading);
    e.page = h < pages.size() ? pages[h] : 0;
    if (e.page > 0) kept.push_back(std::move(e));
  }
  entries = std::move(kept);
}

Sp set_contents(frame::Frame& region, const std::vector<ContentsEntry>& entries, Sp y, const Context& cx) {
  const style::PageTemplate& page = cx.page;
  const style::ParagraphStyle& title = cx.sheet.paragraph("contents-title");
  const style::ParagraphStyle& entry = cx.sheet.paragraph("contents-entry");
  const Sp full = text_width(page);
  y = stack_lines(region, cx.styled_lines(page.masthead.contents_title, title, full), title, page.margins.left, y,
                  frame::Role::Caption);
  const Sp limit = page.margins.top + (page.height - page.margins.top - page.margins.bottom) / 2;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::size_t rest = entries.size() - i;
    if (rest > 1 && y + 2 * entry.leading > limit) {
      const std::string more = "\u2026 and " + std::to_string(rest) + " more";
      return stack_lines(region, cx.styled_lines(more, entry, full), entry, page.margins.left, y,
                         frame::Role::ContentsEntry);
    }
    y = set_entry(region, entries[i], y, cx);
  }
  return y;
}

}  // namespace folio::compose
