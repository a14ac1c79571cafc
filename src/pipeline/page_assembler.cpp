#include "pipeline/page_assembler.hpp"

namespace folio::pipeline {

int PageAssembler::font_index(font::FaceId face) {
  auto it = font_index_.find(face);
  if (it != font_index_.end()) return it->second;
  const font::Face& f = fonts_.face(face);
  doc_.fonts.push_back(frame::FontRef{f.path(), f.index()});
  const int index = static_cast<int>(doc_.fonts.size()) - 1;
  font_index_.emplace(face, index);
  return index;
}

void PageAssembler::rule(int page, Sp x, Sp y, Sp width, Sp height, Color color) {
  doc_.pages[page].rules.push_back(frame::Rule{x, y, width, height, color});
}

void PageAssembler::place_line(int page, const SlotLine& sl, Sp x, Sp y, const std::string& region) {
  frame::Page& p = doc_.pages[page];
  const Sp left = x + sl.x;
  const Sp baseline = y + sl.baseline;
  for (const para::LineRun& r : sl.line.runs) {
    frame::GlyphRun run;
    run.font = font_index(r.face);
    run.size = r.size;
    run.color = r.color;
    run.x = left + r.x;
    run.y = baseline - r.rise;
    run.h_scale = r.h_scale;
    run.glyphs.reserve(r.glyphs.size());
    for (const para::LineGlyph& g : r.glyphs)
      run.glyphs.push_back(frame::Glyph{g.gid, g.x_advance, g.x_offset, g.y_offset, g.text});
    p.runs.push_back(std::move(run));
  }
  for (const para::Fragment& u : sl.line.underlines)
    p.rules.push_back(frame::Rule{left + u.x, baseline + u.offset, u.width, u.thickness, u.color});
  for (const para::Fragment& l : sl.line.links)
    p.links.push_back(frame::Link{left + l.x, baseline - l.ascent, l.width, l.ascent + l.descent, l.uri});
  frame::LineInfo info;
  info.region = region;
  info.style = sl.style;
  info.x = left;
  info.baseline = baseline;
  info.width = sl.measure;
  info.text = sl.line.text;
  info.hyphenated = sl.line.hyphenated;
  info.last_of_paragraph = sl.last_of_paragraph;
  info.ratio = sl.line.ratio;
  p.lines.push_back(std::move(info));
}

void PageAssembler::place(int page, const Slot& slot, Sp x, Sp y, const std::string& region) {
  for (const SlotRule& r : slot.rules) rule(page, x + r.x, y + r.y, r.width, r.height, r.color);
  for (const SlotLine& l : slot.lines) place_line(page, l, x, y, region);
}

}  // namespace folio::pipeline
