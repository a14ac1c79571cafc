// A page layout: bytes -> YAML -> schema -> PageTemplate; a layout that loads then sets the
// probe issue in the default style on it, so its sizes reach pagination and the PDF.
#include "fuzz_support.hpp"
#include "style/load_page_template.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace folio;
  return fuzz::one_input([&] {
    const style::PageTemplate page =
        style::parse_page_template(fuzz::text_of(data, size), std::string(fuzz::kFuzzDir) + "/layout.yaml");
    Diagnostics diags;
    fuzz::render_to_memory(fuzz::probe_issue(), fuzz::default_style(), page, diags);
  });
}
