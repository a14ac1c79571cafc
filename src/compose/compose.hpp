// One issue composed: document tree + style sheet + page layout -> positioned pages. The body
// is set as a galley, the masthead above it, pagination breaks the galley into columns, and the
// pages are assembled with their furniture (compose.cpp reads as that list).
#pragma once

#include "compose/figure_files.hpp"
#include "font/font_db.hpp"
#include "frame/page_sink.hpp"
#include "frame/paged_doc.hpp"
#include "input/document.hpp"
#include "para/paragraph_builder.hpp"
#include "style/page_template.hpp"
#include "style/style_sheet.hpp"

namespace folio::compose {

// What composing an issue needs besides the issue: its style and layout, the bundled fonts and a
// paragraph builder (which holds the shape cache and hyphenation patterns, so callers share one).
struct Inputs {
  const style::StyleSheet& sheet;
  const style::PageTemplate& page;
  const font::FontDb& fonts;
  const para::ParagraphBuilder& builder;
  const FigureFiles* figures = nullptr;  // the pictures of the issue's figures (needed when it has any)
  // How many threads set the body's paragraphs (0: one per core); the pages are the same on any
  // number. 1 where renders run side by side (folio batch).
  unsigned threads = 1;
};

// Throws folio::Error when a style asks for a family the fonts do not have. What is worth a
// warning (a table too wide for the page, a row taller than a column) goes to `diags`.
frame::PagedDoc compose_issue(const input::Document& doc, const Inputs& in, Diagnostics& diags);
frame::PagedDoc compose_issue(const input::Document& doc, const Inputs& in);  // warnings dropped
// The same pages, freeing the document's blocks and notes as soon as they are set, before
// pagination and page assembly (a long issue's parsed text is megabytes, and the pages' peak of
// memory is during assembly): `doc` is left with its path and front matter only.
frame::PagedDoc compose_issue(input::Document&& doc, const Inputs& in, Diagnostics& diags);
// An issue whose pages went to a sink: the document without its pages (size, fonts, pictures,
// outline), and how many pages the sink was given.
struct StreamedIssue {
  frame::PagedDoc doc;
  int pages = 0;
};
// The same, each page handed to `sink` as soon as it is made (page 1 last), so a long issue never
// holds all its pages.
StreamedIssue compose_issue(input::Document&& doc, const Inputs& in, Diagnostics& diags, frame::PageSink& sink);

}  // namespace folio::compose
