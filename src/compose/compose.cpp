#include "compose/compose.hpp"

#include "common/free_memory.hpp"
#include "common/limits.hpp"
#include "compose/body.hpp"
#include "compose/contents.hpp"
#include "compose/context.hpp"
#include "compose/image_table.hpp"
#include "compose/masthead.hpp"
#include "compose/notes.hpp"
#include "compose/page_assembly.hpp"
#include "flow/paginator.hpp"

namespace folio::compose {
namespace {

// The layout with `baseline-grid: auto` made concrete: the body style's leading.
style::PageTemplate with_grid(style::PageTemplate page, const style::StyleSheet& sheet) {
  if (page.baseline_grid == style::kAutoGrid) page.baseline_grid = sheet.paragraph("body").leading;
  return page;
}

Sp floor_to(Sp v, Sp step) { return step > 0 ? v / step * step : v; }

// Columns of whole grid steps, from below the masthead on page 1 to the bottom margin.
flow::Geometry geometry(const Context& cx, Sp masthead_height) {
  const style::PageTemplate& page = cx.page;
  flow::Geometry g;
  g.columns = page.columns;
  g.step = page.baseline_grid > 0 ? page.baseline_grid : cx.sheet.paragraph("body").leading;
  g.column_height = [&page, masthead_height](int p) {
    const Sp bottom = page.height - page.margins.bottom;
    return floor_to(bottom - columns_top(page, p, masthead_height), page.baseline_grid);
  };
  const style::FootnoteParams& notes = cx.sheet.footnotes;
  g.note_space = notes.space_above + notes.rule.thickness + notes.space_below;
  g.note_gap = cx.sheet.paragraph("footnote").space_before;
  g.top_space = cx.sheet.table.space_after;
  g.orphans = cx.sheet.flow.orphan_lines;
  g.widows = cx.sheet.flow.widow_lines;
  return g;
}

// `release`: the document itself, to free its blocks and notes once they are set; null to keep them.
frame::PagedDoc compose(const input::Document& doc, const Inputs& in, Diagnostics& diags, input::Document* release) {
  style::PageTemplate page = with_grid(in.page, in.sheet);
  // An issue in another language names its contents list in it (本期要目).
  if (!doc.meta.contents_title.empty()) page.masthead.contents_title = doc.meta.contents_title;
  FaceResolver faces(in.fonts, in.sheet);
  InlineStyler styler(in.sheet, faces, doc.meta.lang);
  static const FigureFiles kNoFigures;
  const Context cx{in.sheet, page,       in.builder,
                   styler,   doc.meta.lang, diags,
                   in.threads, in.figures ? in.figures : &kNoFigures};

  Galley galley = set_body(doc.blocks, set_notes(doc.notes, cx), cx);
  if (release) {  // nothing below reads more of the document than its front matter
    release->blocks = {};
    release->notes = {};
    return_free_memory();  // pagination and assembly do not reuse all of it
  }
  // The contents list is set twice: first with room for two-digit page numbers, to know where
  // the columns start; then, paginated, with the numbers (its height cannot change).
  const ContentsLevels levels = contents_levels(galley, cx.page.masthead);
  std::vector<ContentsEntry> contents = contents_entries(galley, levels);
  const Sp columns_start = set_masthead(doc.meta, contents, cx).height;
  const flow::FlowResult flowed = flow::paginate(galley.flow, geometry(cx, columns_start));
  // Every page is in memory when the PDF writer starts (docs/limits.md, "Pages").
  if (static_cast<std::size_t>(flowed.pages) > limits::kPages)
    throw Error(SourcePos{doc.path}, "the issue runs to " +
                                         limits::with_commas(static_cast<std::size_t>(flowed.pages)) +
                                         " pages, more than " + limits::with_commas(limits::kPages) +
                                         ", folio's limit (docs/limits.md)");
  number_entries(contents, galley, levels, flowed);
  Masthead masthead = set_masthead(doc.meta, contents, cx);
  frame::PagedDoc out = assemble_pages(std::move(masthead), std::move(galley), flowed, doc.meta, cx, in.fonts);
  out.images = image_table(out.pages, *cx.figures);
  return out;
}

}  // namespace

frame::PagedDoc compose_issue(const input::Document& doc, const Inputs& in) {
  Diagnostics ignored;
  return compose(doc, in, ignored, nullptr);
}

frame::PagedDoc compose_issue(const input::Document& doc, const Inputs& in, Diagnostics& diags) {
  return compose(doc, in, diags, nullptr);
}

frame::PagedDoc compose_issue(input::Document&& doc, const Inputs& in, Diagnostics& diags) {
  const input::Document& read = doc;  // read through this, freed through doc
  return compose(read, in, diags, &doc);
}

}  // namespace folio::compose
