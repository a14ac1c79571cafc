// The whole pipeline: bytes as an issue file -> front matter and Markdown -> the style and
// layout it names (by name: the issue lives in a folder that does not exist, so a path names
// nothing) -> pages -> PDF bytes in memory.
#include "folio/folio.hpp"
#include "fuzz_support.hpp"
#include "input/load_issue.hpp"
#include "pdf/pdf_writer.hpp"
#include "pipeline/render_job.hpp"

#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace folio;
  return fuzz::one_input([&] {
    Diagnostics diags;
    input::Document doc =
        input::parse_issue(fuzz::text_of(data, size), std::string(fuzz::kFuzzDir) + "/issue.md", diags);
    RenderOptions options;
    options.data_dir = fuzz::data_dir();
    options.threads = 1;  // as fuzz_support's render_to_memory
    Resources resources;  // fresh: an input's result never depends on the ones before it
    pdf::write_pdf(pipeline::typeset_document(std::move(doc), diags, options, resources).pages);
  });
}
