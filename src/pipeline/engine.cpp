#include <cstdlib>
#include <optional>

#include "common/atomic_file.hpp"
#include "folio/folio.hpp"
#include "frame/layout_dump.hpp"
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
  pipeline::TypesetIssue issue = pipeline::typeset_issue(options, resources);
  issue.pages.info.creation_time = source_date_epoch();
  // The dump is staged before the PDF is written and committed after it, so a failure of either
  // leaves neither behind, and each file appears whole or not at all.
  std::optional<StagedFile> dump;
  if (!options.layout_dump.empty())
    dump.emplace(options.layout_dump, frame::dump_layout(issue.pages), "the layout dump");
  const int pages = static_cast<int>(issue.pages.pages.size());
  // The frames are freed page by page as the PDF is made: not all at once at the end.
  pdf::write_pdf_file(std::move(issue.pages), options.output, options.threads, issue.fonts);
  if (dump) dump->commit();
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
