#include "compose/compose.hpp"

#include <optional>

#include "common/limits.hpp"
#include "compose/body.hpp"
#include "compose/contents.hpp"
#include "compose/context.hpp"
#include "compose/image_table.hpp"
#include "compose/masthead.hpp"
#include "compose/notes.hpp"
#include "compose/page_assembly.hpp"
#include "flow/paginator.hpp"
#include "frame/page_sink.hpp"

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

// Whether the list has grown enough since the last try to try pagination again: a try that
// finds no page final still lays one out, so trying after every paragraph would lay each page
// out dozens of times. A page of two columns holds about 200 items.
class PageWatch {
 public:
  bool worth_trying(const flow::VerticalList& list) {
    if (list.items.size() < next_) return false;
    next_ = list.items.size() + kItemsBetweenTries;
    return true;
  }

 private:
  static constexpr std::size_t kItemsBetweenTries = 96;
  std::size_t next_ = 0;
};

// `release`: the document itself, to free each block and the notes once they are set; null to keep them.
StreamedIssue compose(const input::Document& doc, const Inputs& in, Diagnostics& diags, input::Document* release,
                      frame::PageSink& sink) {
  style::PageTemplate page = with_grid(in.page, in.sheet);
  // An issue in another language names its contents list in it (本期要目).
  if (!doc.meta.contents_title.empty()) page.masthead.contents_title = doc.meta.contents_title;
  FaceResolver faces(in.fonts, in.sheet);
  InlineStyler styler(in.sheet, faces, doc.meta.lang);
  static const FigureFiles kNoFigures;
  const Context cx{in.sheet, page,       in.builder,
                   styler,   doc.meta.lang, diags,
                   in.threads, in.figures ? in.figures : &kNoFigures};

  // The contents list is set twice: first with room for two-digit page numbers, to know where
  // the columns start; then, once every page is made, with the numbers (its height cannot change).
  std::vector<GalleyInsert> notes = set_notes(doc.notes, cx);
  if (release) release->notes = {};
  const ContentsLevels levels = contents_levels(doc.headings, cx.page.masthead);
  std::vector<ContentsEntry> contents = contents_entries(doc.headings, levels);
  const Masthead first = set_masthead(doc.meta, contents, cx);

  // Pages are made while the body is set, as soon as pagination knows nothing set later can
  // change them, and handed to the sink: the galley holds a few pages' lines at a time.
  flow::Paginator paginator(geometry(cx, first.height));
  PageAssembler assembler(cx, doc.meta, in.fonts, first, sink);
  const auto make_pages = [&](Galley& galley, bool complete) {
    while (std::optional<flow::PageFlow> flowed = paginator.next_page(galley.flow, complete)) {
      // folio's page limit (docs/limits.md): a runaway layout stops at the page past it.
      if (static_cast<std::size_t>(paginator.pages()) > limits::kPages)
        throw Error(SourcePos{doc.path}, "the issue runs to more than " + limits::with_commas(limits::kPages) +
                                             " pages, folio's limit (docs/limits.md)");
      assembler.add(*flowed, galley);
      galley.flow.items.drop_before(paginator.droppable());
    }
  };
  PageWatch watch;
  Galley galley = set_body(
      doc, std::move(notes), cx,
      [&](GalleyBuilder& set) {
        if (watch.worth_trying(set.so_far().flow)) make_pages(set.so_far(), false);
      },
      release);
  make_pages(galley, true);

  number_entries(contents, assembler.heading_pages());
  return StreamedIssue{assembler.finish(paginator.pages(), set_masthead(doc.meta, contents, cx)), paginator.pages()};
}

frame::PagedDoc collect_pages(const input::Document& doc, const Inputs& in, Diagnostics& diags, input::Document* release) {
  frame::PagedDocSink pages;
  frame::PagedDoc out = compose(doc, in, diags, release, pages).doc;
  out.pages = std::move(pages).take_pages();
  return out;
}

}  // namespace

frame::PagedDoc compose_issue(const input::Document& doc, const Inputs& in) {
  Diagnostics ignored;
  return collect_pages(doc, in, ignored, nullptr);
}

frame::PagedDoc compose_issue(const input::Document& doc, const Inputs& in, Diagnostics& diags) {
  return collect_pages(doc, in, diags, nullptr);
}

frame::PagedDoc compose_issue(input::Document&& doc, const Inputs& in, Diagnostics& diags) {
  const input::Document& read = doc;  // read through this, freed through doc
  return collect_pages(read, in, diags, &doc);
}

StreamedIssue compose_issue(input::Document&& doc, const Inputs& in, Diagnostics& diags, frame::PageSink& sink) {
  const input::Document& read = doc;
  return compose(read, in, diags, &doc, sink);
}

}  // namespace folio::compose
