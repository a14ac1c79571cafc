// One issue from file to positioned pages, without writing anything: what `render`,
// the golden checks and the preview loop share.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "folio/folio.hpp"
#include "font/font_db.hpp"
#include "frame/page_sink.hpp"
#include "frame/paged_doc.hpp"
#include "input/document.hpp"
#include "style/page_template.hpp"
#include "style/style_sheet.hpp"

namespace folio::pipeline {

struct TypesetIssue {
  frame::PagedDoc pages;  // without its pages when they went to a sink (SinkFor)
  int page_count = 0;
  std::vector<Diagnostic> warnings;
  std::string style_path;  // the style sheet and page layout files used (for watching them)
  std::string layout_path;
  std::vector<std::string> hyphenation_dictionaries;  // of the languages used that have patterns
  std::vector<std::string> font_files;  // every font the render could choose from
  std::vector<std::string> image_files;  // the image of every figure
  // The fonts the pages were set with, in the Resources given (for the PDF writer to subset the
  // faces already open); null from typeset_issue(options), whose Resources are gone.
  const font::FontDb* fonts = nullptr;
};

// Parses the issue, resolves and validates its style and layout, and composes it. Throws
// folio::Error for anything the user must fix. The pages carry no date (render() adds the one
// SOURCE_DATE_EPOCH gives), so goldens never depend on the environment.
TypesetIssue typeset_issue(const RenderOptions& options);
// The same, with the fonts, shaped words and hyphenation patterns of `resources` (see folio.hpp).
TypesetIssue typeset_issue(const RenderOptions& options, Resources& resources);

// Where the pages go as they are made (frame/page_sink.hpp), asked for once the fonts the pages
// are set with and the page size are known; the pages then never all exist at once.
using SinkFor = std::function<frame::PageSink&(const font::FontDb& fonts, Sp width, Sp height)>;
TypesetIssue typeset_issue(const RenderOptions& options, Resources& resources, const SinkFor& sink_for);

// The parts of typeset_issue, for callers that hold the issue (or style, layout) in memory: the
// fuzz targets in fuzz/. `diags` holds the warnings of reading `doc`; options.input is not read.
TypesetIssue typeset_document(input::Document doc, Diagnostics& diags, const RenderOptions& options,
                              Resources& resources, const SinkFor& sink_for = {});
// Composes `doc` with a loaded style sheet and layout (style_path and layout_path stay empty);
// of `options`, the data folder, figures' rule and threads count.
TypesetIssue typeset_with(input::Document doc, const style::StyleSheet& sheet, const style::PageTemplate& page,
                          Diagnostics& diags, const RenderOptions& options, Resources& resources,
                          const SinkFor& sink_for = {});

}  // namespace folio::pipeline
