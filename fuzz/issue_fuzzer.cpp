// The issue reader alone: bytes -> UTF-8 check -> front matter -> Markdown -> Document.
#include "fuzz_support.hpp"
#include "input/load_issue.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  folio::fuzz::isolate();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace folio;
  try {
    Diagnostics diags;
    input::parse_issue(fuzz::text_of(data, size), std::string(fuzz::kFuzzDir) + "/issue.md", diags);
  } catch (const Error&) {
  }
  return 0;
}
