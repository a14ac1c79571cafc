#include "compose/masthead.hpp"

#include <algorithm>

#include "compose/page_geometry.hpp"

namespace folio::compose {
namespace {

Sp add_lines(frame::Frame& region, const char* style_name, const std::string& text, Sp y, const Context& cx) {
  const style::ParagraphStyle& st = cx.sheet.paragraph(style_name);
  return stack_lines(region, cx.styled_lines(text, st, text_width(cx.page)), st, cx.page.margins.left, y,
                     frame::Role::Title);
}

}  // namespace

Masthead set_masthead(const input::FrontMatter& meta, const std::vector<ContentsEntry>& contents,
                      const Context& cx) {
  const style::PageTemplate& page = cx.page;
  const style::Masthead& mh = page.masthead;
  frame::Frame top;
  top.region = "masthead";
  if (mh.band_height > 0)
    top.add({0, 0}, frame::Rule{page.width, mh.band_height, mh.band_color}, frame::Role::Artifact);
  Sp y = std::max(page.margins.top, mh.band_height);
  y = add_lines(top, "masthead-title", meta.publication, y, cx);
  y = add_lines(top, "masthead-issue", meta.issue, y, cx);
  if (mh.rule_below.thickness > 0) {
    const Sp gap = cx.sheet.paragraph("body").leading / 2;
    top.add({page.margins.left, y + gap}, frame::Rule{text_width(page), mh.rule_below.thickness, mh.rule_below.color},
            frame::Role::Artifact);
    y += 2 * gap + mh.rule_below.thickness;
  }
  frame::Frame list;
  list.region = "contents";
  if (mh.contents && !contents.empty()) y = set_contents(list, contents, y, cx);
  y += mh.space_after;

  // The columns start on the baseline grid counted from the top margin.
  const Sp grid = page.baseline_grid;
  Sp body = y - page.margins.top;
  if (grid > 0) body = (body + grid - 1) / grid * grid;
  Masthead m;
  m.height = page.margins.top + std::max<Sp>(body, 0);
  m.frame.width = page.width;
  m.frame.height = m.height;
  m.frame.place({0, 0}, std::move(top));
  m.frame.place({0, 0}, std::move(list), frame::Role::Contents);
  return m;
}

}  // namespace folio::compose
