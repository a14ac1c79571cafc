#include "fuzz_support.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "folio/folio.hpp"
#include "input/load_issue.hpp"
#include "pdf/pdf_writer.hpp"
#include "pipeline/render_job.hpp"
#include "style/load_page_template.hpp"
#include "style/load_style_sheet.hpp"

namespace folio::fuzz {

std::string text_of(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

std::string data_dir() { return FOLIO_SOURCE_DIR; }

const input::Document& probe_issue() {
  static const input::Document doc = [] {
    Diagnostics ignored;
    return input::load_issue(data_dir() + "/fuzz/probe_issue.md", ignored);
  }();
  return doc;
}

const style::StyleSheet& default_style() {
  static const style::StyleSheet sheet = style::load_style_sheet(data_dir() + "/styles/default.yaml");
  return sheet;
}

const style::PageTemplate& default_layout() {
  static const style::PageTemplate page = style::load_page_template(data_dir() + "/layout/default.yaml");
  return page;
}

std::size_t render_to_memory(const input::Document& doc, const style::StyleSheet& sheet,
                             const style::PageTemplate& page, Diagnostics& diags) {
  // Fresh each time, so an input's result never depends on the inputs before it (only the
  // process-wide hyphenation patterns are shared, and they hold what libhyphen answers).
  Resources resources;
  RenderOptions options;
  options.data_dir = data_dir();
  options.threads = 1;  // libFuzzer runs one input at a time; threads would only blur its coverage
  const pipeline::TypesetIssue issue = pipeline::typeset_with(doc, sheet, page, diags, options, resources);
  return pdf::write_pdf(issue.pages).size();
}

}  // namespace folio::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  ::setenv("FOLIO_CACHE_DIR", "", 1);
  return 0;
}
