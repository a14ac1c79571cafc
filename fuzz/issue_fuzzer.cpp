// The issue reader alone: bytes -> UTF-8 check -> front matter -> Markdown -> Document.
#include "fuzz_support.hpp"
#include "input/load_issue.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace folio;
  return fuzz::one_input([&] {
    Diagnostics diags;
    input::parse_issue(fuzz::text_of(data, size), std::string(fuzz::kFuzzDir) + "/issue.md", diags);
  });
}
