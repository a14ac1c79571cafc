#include "pipeline/typesetter.hpp"

#include <algorithm>

#include "flow/paginator.hpp"
#include "pipeline/body_layout.hpp"
#include "pipeline/masthead.hpp"
#include "pipeline/font_table.hpp"

namespace folio::pipeline {
namespace {

Sp floor_to(Sp v, Sp step) { return step > 0 ? v / step * step : v; }

// The layout with `baseline-grid: auto` made concrete: the body style's leading.
style::PageTemplate with_grid(style::PageTemplate page, const style::StyleSheet& sheet) {
  if (page.baseline_grid == style::kAutoGrid) page.baseline_grid = sheet.paragraph("body").leading;
  return page;
}

class Typesetter {
 public:
  Typesetter(const input::Document& doc, const TypesetContext& ctx)
      : doc_(doc),
        ctx_(ctx),
        page_(with_grid(ctx.page, ctx.sheet)),
        faces_(ctx.fonts, ctx.sheet.path),
        styler_(ctx.sheet, faces_, doc.meta.lang) {}

  frame::PagedDoc run() {
    BodyLayout body(ctx_.sheet, page_, styler_, ctx_.builder, doc_.meta.lang);
    Galley galley = body.layout(doc_.blocks);
    const MastheadLayout masthead_layout(ctx_.sheet, page_, styler_, ctx_.builder, doc_.meta.lang);
    std::vector<ContentsEntry> contents;
    for (const Slot& s : galley.slots)
      if (s.outline && s.role == frame::Role::Heading1) contents.push_back(ContentsEntry{*s.outline, 0});
    const Sp first_top = masthead_layout.layout(doc_.meta, contents).height;

    flow::Geometry geometry;
    geometry.columns = page_.columns;
    geometry.step = page_.baseline_grid > 0 ? page_.baseline_grid : ctx_.sheet.paragraph("body").leading;
    const Sp bottom = page_.height - page_.margins.bottom;
    geometry.column_height = [&](int p) {
      return floor_to(bottom - (p == 0 ? first_top : page_.margins.top), page_.baseline_grid);
    };
    const flow::FlowResult flowed = flow::paginate(galley.items, geometry);

    // Now that headings have pages, the contents list gets its numbers (its height is unchanged).
    std::size_t entry = 0;
    for (const flow::Placement& pl : flowed.placements) {
      const Slot& s = galley.slots[pl.payload];
      if (s.outline && s.role == frame::Role::Heading1) contents[entry++].page = pl.page + 1;
    }
    Masthead masthead = masthead_layout.layout(doc_.meta, contents);

    frame::PagedDoc out;
    out.width = page_.width;
    out.height = page_.height;
    const int pages = std::max(1, flowed.pages);
    // Fonts are numbered in the order they are first placed: masthead, body, furniture.
    FontTable fonts(ctx_.fonts);
    fonts.add(masthead.frame);
    std::vector<std::vector<frame::Frame>> columns(pages, std::vector<frame::Frame>(page_.columns));
    for (int p = 0; p < pages; ++p)
      for (int c = 0; c < page_.columns; ++c) {
        frame::Frame& col = columns[p][c];
        col.region = "col" + std::to_string(c + 1);
        col.width = page_.column_width();
        col.height = bottom - top_of(p, first_top);
      }
    for (const flow::Placement& pl : flowed.placements) {
      Slot& slot = galley.slots[pl.payload];
      fonts.add(slot.frame);
      if (slot.outline)
        out.outline.push_back(frame::OutlineEntry{*slot.outline, frame::heading_level(slot.role), pl.page,
                                                  top_of(pl.page, first_top) + pl.y});
      columns[pl.page][pl.column].place({0, pl.y}, std::move(slot.frame), slot.role);
    }
    for (int p = 0; p < pages; ++p) {
      frame::Frame page;
      page.width = page_.width;
      page.height = page_.height;
      if (p == 0) page.place({0, 0}, std::move(masthead.frame));
      for (int c = 0; c < page_.columns; ++c)
        page.place({column_x(c), top_of(p, first_top)}, std::move(columns[p][c]));
      column_rules(page, flowed, p, top_of(p, first_top));
      frame::Frame footer = furniture(page_.footer, page_.height - page_.footer.baseline, p, pages, true);
      footer.region = "footer";
      fonts.add(footer);
      page.place({0, 0}, std::move(footer), frame::Role::Artifact);
      if (p > 0) {
        frame::Frame header = furniture(page_.header, page_.header.baseline, p, pages, false);
        header.region = "header";
        fonts.add(header);
        page.place({0, 0}, std::move(header), frame::Role::Artifact);
      }
      out.pages.push_back(std::move(page));
    }
    out.fonts = std::move(fonts).refs();
    return out;
  }

 private:
  Sp column_x(int column) const {
    return page_.margins.left + column * (page_.column_width() + page_.gutter);
  }

  Sp top_of(int page, Sp first_top) const { return page == 0 ? first_top : page_.margins.top; }

  void column_rules(frame::Frame& page, const flow::FlowResult& flowed, int p, Sp top) {
    const style::Rule& rule = page_.column_rule;
    if (rule.thickness <= 0 || p >= static_cast<int>(flowed.column_heights.size())) return;
    const std::vector<Sp>& heights = flowed.column_heights[p];
    for (int c = 1; c < page_.columns && c < static_cast<int>(heights.size()); ++c) {
      const Sp h = std::min(heights[c - 1], heights[c]);
      if (h <= 0) continue;
      const Sp x = column_x(c) - page_.gutter / 2 - rule.thickness / 2;
      page.add({x, top}, frame::Rule{rule.thickness, h, rule.color}, frame::Role::Artifact);
    }
  }

  // The left, centre and right templates of a footer or header, on one baseline.
  frame::Frame furniture(const style::Furniture& f, Sp baseline, int p, int pages, bool rule_above) {
    frame::Frame out;
    if (f.left.empty() && f.center.empty() && f.right.empty()) return out;
    const std::map<std::string, std::string> vars{{"publication", doc_.meta.publication},
                                                  {"issue", doc_.meta.issue},
                                                  {"page", std::to_string(p + 1)},
                                                  {"pages", std::to_string(pages)}};
    const style::ParagraphStyle& st = ctx_.sheet.paragraph(f.style);
    const Sp width = page_.width - page_.margins.left - page_.margins.right;
    const std::pair<const std::string*, style::Align> slots[] = {
        {&f.left, style::Align::Left}, {&f.center, style::Align::Center}, {&f.right, style::Align::Right}};
    for (const auto& [tpl, align] : slots) {
      if (tpl->empty()) continue;
      para::ParagraphSpec spec = para::label_spec(styler_.plain(style::expand_template(*tpl, vars), st),
                                                  width, align, doc_.meta.lang, ctx_.sheet.breaking);
      spec.style = st.name;
      spec.keep_spaces = true;
      std::vector<frame::Frame> lines = ctx_.builder.build(spec);
      if (lines.empty()) continue;
      lines[0].line->last_of_paragraph = true;  // a template too long for one line shows its first
      out.place({page_.margins.left, baseline}, std::move(lines[0]));
    }
    if (f.rule.thickness > 0) {
      const Sp y = rule_above ? baseline - st.leading : baseline + st.leading / 2;
      out.add({page_.margins.left, y}, frame::Rule{width, f.rule.thickness, f.rule.color});
    }
    return out;
  }

  const input::Document& doc_;
  const TypesetContext& ctx_;
  const style::PageTemplate page_;
  FaceResolver faces_;
  InlineStyler styler_;
};

}  // namespace

frame::PagedDoc typeset(const input::Document& doc, const TypesetContext& ctx) {
  return Typesetter(doc, ctx).run();
}

}  // namespace folio::pipeline
