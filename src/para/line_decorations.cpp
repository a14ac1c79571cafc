#include "para/line_decorations.hpp"

#include <algorithm>

namespace folio::para {

void extend_underline(std::vector<Fragment>& underlines, Fragment*& current, const PieceShaper& shaper,
                      int piece, Sp from, Sp to) {
  const SpanStyle& st = shaper.style(piece);
  if (!st.underline) {
    current = nullptr;
    return;
  }
  const font::FaceMetrics& m = shaper.face(piece).metrics();
  const Sp thickness = st.underline_thickness >= 0 ? st.underline_thickness
                                                   : shaper.scale(piece, std::max(1, m.underline_thickness));
  const Sp offset =
      st.underline_offset >= 0 ? st.underline_offset : shaper.scale(piece, -m.underline_position);
  if (current && current->thickness == thickness && current->offset == offset && current->color == st.color &&
      current->uri == st.link) {
    current->width = to - current->x;
    return;
  }
  underlines.push_back(Fragment{from, to - from, offset, thickness, st.color, st.link, {}, 0, 0});
  current = &underlines.back();
}

void extend_strike(std::vector<Fragment>& strikes, Fragment*& current, const PieceShaper& shaper, int piece,
                   Sp from, Sp to) {
  const SpanStyle& st = shaper.style(piece);
  if (!st.strikethrough) {
    current = nullptr;
    return;
  }
  const font::FaceMetrics& m = shaper.face(piece).metrics();
  const Sp thickness = shaper.scale(piece, std::max(1, m.underline_thickness));
  const int x_height = m.x_height > 0 ? m.x_height : m.units_per_em / 2;
  const Sp offset = -shaper.scale(piece, x_height / 2) - thickness / 2 - st.rise;
  if (current && current->thickness == thickness && current->offset == offset && current->color == st.color) {
    current->width = to - current->x;
    return;
  }
  strikes.push_back(Fragment{from, to - from, offset, thickness, st.color, st.link, {}, 0, 0});
  current = &strikes.back();
}

void extend_link(std::vector<Fragment>& links, Fragment*& current, int& current_id, const SpanStyle& st,
                 const font::Face& face, Sp from, Sp to) {
  if (st.link.empty() && st.anchor.empty()) {
    current = nullptr;
    return;
  }
  if (current && current_id == st.link_id) {
    current->width = to - current->x;
    return;
  }
  const font::FaceMetrics& m = face.metrics();
  const Sp ascent = font_units_to_sp(m.ascender, st.size, m.units_per_em);
  const Sp descent = font_units_to_sp(-m.descender, st.size, m.units_per_em);
  links.push_back(Fragment{from, to - from, 0, 0, st.color, st.link, st.anchor, ascent, descent});
  current = &links.back();
  current_id = st.link_id;
}

}  // namespace folio::para
