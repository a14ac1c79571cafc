#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "folio/folio.hpp"
#include "frame/layout_dump.hpp"
#include "pdf/pdf_writer.hpp"
#include "pipeline/render_job.hpp"

namespace folio {
namespace {

// Errors name `shown`, the path the user asked for, not the temporary one.
void write_text_file(const std::string& path, const std::string& text, const std::string& shown) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) throw Error(SourcePos{shown}, "cannot write the layout dump");
}

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
  pipeline::TypesetIssue issue = pipeline::typeset_issue(options);
  issue.pages.info.creation_time = source_date_epoch();
  // The dump goes to a temporary file first and into place only once the PDF is written, so a
  // failure of either leaves neither behind.
  const std::string dump_tmp =
      options.layout_dump.empty() ? "" : options.layout_dump + ".tmp-" + std::to_string(::getpid());
  if (!dump_tmp.empty()) write_text_file(dump_tmp, frame::dump_layout(issue.pages), options.layout_dump);
  try {
    pdf::write_pdf_file(issue.pages, options.output);
  } catch (...) {
    if (!dump_tmp.empty()) std::remove(dump_tmp.c_str());
    throw;
  }
  if (!dump_tmp.empty() && std::rename(dump_tmp.c_str(), options.layout_dump.c_str()) != 0) {
    std::remove(dump_tmp.c_str());
    throw Error(SourcePos{options.layout_dump}, "cannot write the layout dump");
  }
  return RenderResult{static_cast<int>(issue.pages.pages.size()),
                      std::move(issue.warnings),
                      {options.input, issue.style_path, issue.layout_path}};
}

}  // namespace folio
