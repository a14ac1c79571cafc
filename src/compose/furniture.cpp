#include "compose/furniture.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "compose/page_geometry.hpp"
#include "style/page_template.hpp"

namespace folio::compose {
namespace {

// The left, centre and right templates of a footer or header, on one baseline.
frame::Frame set_slots(const style::Furniture& f, Sp baseline, bool rule_above, const input::FrontMatter& meta,
                       int page, int pages, const Context& cx) {
  frame::Frame out;
  if (f.left.empty() && f.center.empty() && f.right.empty()) return out;
  const std::map<std::string, std::string> vars{{"publication", meta.publication},
                                                {"issue", meta.issue},
                                                {"page", std::to_string(page + 1)},
                                                {"pages", std::to_string(pages)}};
  const style::ParagraphStyle& st = cx.sheet.paragraph(f.style);
  const Sp width = text_width(cx.page);
  const std::pair<const std::string*, style::Align> slots[] = {
      {&f.left, style::Align::Left}, {&f.center, style::Align::Center}, {&f.right, style::Align::Right}};
  for (const auto& [tpl, align] : slots) {
    if (tpl->empty()) continue;
    para::ParagraphSpec spec = cx.label(style::expand_template(*tpl, vars), st, width, align);
    spec.keep_spaces = true;
    std::vector<frame::Frame> lines = cx.builder.build(spec);
    if (lines.empty()) continue;
    lines[0].line->last_of_paragraph = true;  // a template too long for one line shows its first
    out.place({cx.page.margins.left, baseline}, std::move(lines[0]));
  }
  if (f.rule.thickness > 0) {
    const Sp y = rule_above ? baseline - st.leading : baseline + st.leading / 2;
    out.add({cx.page.margins.left, y}, frame::Rule{width, f.rule.thickness, f.rule.color});
  }
  return out;
}

}  // namespace

frame::Frame set_footer(const input::FrontMatter& meta, int page, int pages, const Context& cx) {
  const style::Furniture& f = cx.page.footer;
  frame::Frame footer = set_slots(f, cx.page.height - f.baseline, true, meta, page, pages, cx);
  footer.region = "footer";
  return footer;
}

frame::Frame set_header(const input::FrontMatter& meta, int page, int pages, const Context& cx) {
  const style::Furniture& f = cx.page.header;
  frame::Frame header = set_slots(f, f.baseline, false, meta, page, pages, cx);
  header.region = "header";
  return header;
}

void add_column_rules(frame::Frame& page, const std::vector<Sp>& heights, Sp top, const style::PageTemplate& layout) {
  const style::Rule& rule = layout.column_rule;
  if (rule.thickness <= 0) return;
  for (int c = 1; c < layout.columns && c < static_cast<int>(heights.size()); ++c) {
    const Sp h = std::min(heights[c - 1], heights[c]);
    if (h <= 0) continue;
    const Sp x = column_x(layout, c) - layout.gutter / 2 - rule.thickness / 2;
    page.add({x, top}, frame::Rule{rule.thickness, h, rule.color}, frame::Role::Artifact);
  }
}

}  // namespace folio::compose
