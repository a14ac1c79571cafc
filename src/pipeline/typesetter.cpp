#include "pipeline/typesetter.hpp"

#include <algorithm>

#include "flow/paginator.hpp"
#include "pipeline/body_layout.hpp"
#include "pipeline/masthead.hpp"
#include "pipeline/page_assembler.hpp"
#include "style/expand_template.hpp"

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
    const Galley galley = body.layout(doc_.blocks);
    const MastheadLayout masthead_layout(ctx_.sheet, page_, styler_, ctx_.builder, doc_.meta.lang);
    std::vector<ContentsEntry> contents;
    for (const Slot& s : galley.slots)
      if (s.heading_level == 1) contents.push_back(ContentsEntry{s.heading_title, 0});
    const Sp first_top = masthead_layout.layout(doc_.meta, contents).block.height;

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
    for (const flow::Placement& pl : flowed.placements)
      if (galley.slots[pl.payload].heading_level == 1) contents[entry++].page = pl.page + 1;
    const Masthead masthead = masthead_layout.layout(doc_.meta, contents);

    frame::PagedDoc out;
    out.width = page_.width;
    out.height = page_.height;
    out.pages.resize(static_cast<std::size_t>(std::max(1, flowed.pages)));
    PageAssembler assembler(ctx_.fonts, out);
    for (const SlotRule& r : masthead.block.rules) assembler.rule(0, r.x, r.y, r.width, r.height, r.color);
    for (std::size_t i = 0; i < masthead.block.lines.size(); ++i)
      assembler.place_line(0, masthead.block.lines[i], 0, 0, masthead.regions[i]);

    for (const flow::Placement& pl : flowed.placements) {
      const Slot& slot = galley.slots[pl.payload];
      const Sp x = column_x(pl.column);
      const Sp y = (pl.page == 0 ? first_top : page_.margins.top) + pl.y;
      assembler.place(pl.page, slot, x, y, "col" + std::to_string(pl.column + 1));
      if (slot.heading_level > 0)
        out.outline.push_back(frame::OutlineEntry{slot.heading_title, slot.heading_level, pl.page, y});
    }
    for (int p = 0; p < static_cast<int>(out.pages.size()); ++p) {
      column_rules(assembler, flowed, p, p == 0 ? first_top : page_.margins.top);
      furniture(assembler, p, static_cast<int>(out.pages.size()));
    }
    return out;
  }

 private:
  Sp column_x(int column) const {
    return page_.margins.left + column * (page_.column_width() + page_.gutter);
  }

  void column_rules(PageAssembler& assembler, const flow::FlowResult& flowed, int p, Sp top) {
    const style::Rule& rule = page_.column_rule;
    if (rule.thickness <= 0 || p >= static_cast<int>(flowed.column_heights.size())) return;
    const std::vector<Sp>& heights = flowed.column_heights[p];
    for (int c = 1; c < page_.columns && c < static_cast<int>(heights.size()); ++c) {
      const Sp h = std::min(heights[c - 1], heights[c]);
      if (h <= 0) continue;
      const Sp x = column_x(c) - page_.gutter / 2 - rule.thickness / 2;
      assembler.rule(p, x, top, rule.thickness, h, rule.color);
    }
  }

  void furniture(PageAssembler& assembler, int p, int pages) {
    const std::map<std::string, std::string> vars{{"publication", doc_.meta.publication},
                                                  {"issue", doc_.meta.issue},
                                                  {"page", std::to_string(p + 1)},
                                                  {"pages", std::to_string(pages)}};
    slot_line(assembler, p, page_.footer, page_.height - page_.footer.baseline, vars, "footer", true);
    if (p > 0) slot_line(assembler, p, page_.header, page_.header.baseline, vars, "header", false);
  }

  // The left, centre and right templates of a footer or header, on one baseline.
  void slot_line(PageAssembler& assembler, int p, const style::Furniture& f, Sp baseline,
                 const std::map<std::string, std::string>& vars, const std::string& region, bool rule_above) {
    if (f.left.empty() && f.center.empty() && f.right.empty()) return;
    const style::ParagraphStyle& st = ctx_.sheet.paragraph(f.style);
    const Sp width = page_.width - page_.margins.left - page_.margins.right;
    const std::pair<const std::string*, style::Align> slots[] = {
        {&f.left, style::Align::Left}, {&f.center, style::Align::Center}, {&f.right, style::Align::Right}};
    for (const auto& [tpl, align] : slots) {
      if (tpl->empty()) continue;
      para::ParagraphSpec spec = para::label_spec(styler_.plain(style::expand_template(*tpl, vars, doc_.meta.lang), st),
                                                  width, align, doc_.meta.lang, ctx_.sheet.breaking);
      spec.keep_spaces = true;
      std::vector<para::Line> lines = ctx_.builder.build(spec);
      if (lines.empty()) continue;
      SlotLine sl{std::move(lines[0]), st.name, page_.margins.left, baseline, width, true};
      assembler.place_line(p, sl, 0, 0, region);
    }
    if (f.rule.thickness > 0) {
      const Sp y = rule_above ? baseline - st.leading : baseline + st.leading / 2;
      assembler.rule(p, page_.margins.left, y, width, f.rule.thickness, f.rule.color);
    }
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
