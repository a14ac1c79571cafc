// A style sheet: bytes -> YAML -> schema -> StyleSheet; a sheet that loads then sets the probe
// issue on the default layout, so its values reach every stage that uses them.
#include "fuzz_support.hpp"
#include "style/load_style_sheet.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace folio;
  return fuzz::one_input([&] {
    const style::StyleSheet sheet =
        style::parse_style_sheet(fuzz::text_of(data, size), std::string(fuzz::kFuzzDir) + "/style.yaml");
    Diagnostics diags;
    fuzz::render_to_memory(fuzz::probe_issue(), sheet, fuzz::default_layout(), diags);
  });
}
