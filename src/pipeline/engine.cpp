#include <cstdlib>
#include <optional>

#include "common/atomic_file.hpp"
#include "folio/folio.hpp"
#include "frame/layout_dump.hpp"
#include "pdf/pdf_builder.hpp"
#include "pdf/pdf_writer.hpp"
#include "pipeline/render_job.hpp"

namespace folio {
namespace {

// The only date a PDF gets: reproducible builds set it, and without it there is none.
long long source_date_epoch() {
  const char* v = std::getenv("SOURCE_DATE_EPOCH");
  if (!v || !*v) return -1;
  char* end = nullptr;
  const long long t = std::strtoll(v, &end, 10);
  if (*end != '\0' || t < 0)
    throw Error(SourcePos{"SOURCE_DATE_EPOCH"}, std::string("not a number of seconds: '") + v + "'");
  return t;
}

}  // namespace

const char* version() { return FOLIO_VERSION; }

std::string default_data_dir() {
  const char* env = std::getenv("FOLIO_DATA_DIR");
  return env && *env ? env : FOLIO_DEFAULT_DATA_DIR;
}

RenderResult render(const RenderOptions& options) {
  Resources own;  // one job: nothing to share
  return render(options, own);
}

RenderResult render(const RenderOptions& options, Resources& resources) {
  const long long date = source_date_epoch();
  pdf::check_output_path(options.output);
  pipeline::TypesetIssue issue;
  if (options.layout_dump.empty()) {
    // Each page goes to the PDF writer as soon as it is made, and its frame is freed there: a
    // long issue never holds all its pages (docs/limits.md, "Time and memory").
    std::optional<pdf::PdfBuilder> pdf;
    issue = pipeline::typeset_issue(options, resources,
                                    [&](const font::FontDb& fonts, Sp width, Sp height) -> frame::PageSink& {
                                      return pdf.emplace(options.output, width, height, options.threads, &fonts);
                                    });
    issue.pages.info.creation_time = date;
    pdf->finish_to_file(static_cast<std::size_t>(issue.page_count), issue.pages.outline, issue.pages.info);
  } else {
    // The dump needs every page: they are kept, then written (the frames freed page by page).
    // The dump is staged before the PDF is written and committed after it, so a failure of either
    // leaves neither behind, and each file appears whole or not at all.
    issue = pipeline::typeset_issue(options, resources);
    issue.pages.info.creation_time = date;
    StagedFile dump(options.layout_dump, frame::dump_layout(issue.pages), "the layout dump");
    pdf::write_pdf_file(std::move(issue.pages), options.output, options.threads, issue.fonts);
    dump.commit();
  }
  const int pages = issue.page_count;
  RenderResult result{pages,
                      std::move(issue.warnings),
                      {options.input, issue.style_path, issue.layout_path}};
  result.inputs.insert(result.inputs.end(), issue.hyphenation_dictionaries.begin(),
                       issue.hyphenation_dictionaries.end());
  result.inputs.insert(result.inputs.end(), issue.font_files.begin(), issue.font_files.end());
  result.inputs.insert(result.inputs.end(), issue.image_files.begin(), issue.image_files.end());
  return result;
}

}  // namespace folio
