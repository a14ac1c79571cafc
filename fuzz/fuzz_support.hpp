// What the fuzz targets share: bytes as text, the repository's data folder, a fixed issue, style
// and layout to pair a fuzzed file with, and the whole render to PDF bytes in memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "folio/diagnostic.hpp"
#include "input/document.hpp"
#include "style/page_template.hpp"
#include "style/style_sheet.hpp"

namespace folio::fuzz {

// One input: a folio::Error is what bad input should give, so it is caught; anything else
// (another exception, a crash, a sanitizer report) reaches libFuzzer as a finding. Every target
// also gets fuzz_support.cpp's LLVMFuzzerInitialize: no hyphenation cache is written (it would
// fill ~/.cache/folio with fuzzed words).
template <typename Run>
int one_input(Run run) {
  try {
    run();
  } catch (const Error&) {
  }
  return 0;
}

std::string text_of(const std::uint8_t* data, std::size_t size);

// The repository the targets were built from (fonts/, styles/, layout/, samples/).
std::string data_dir();

// Where a fuzzed file claims to live: a folder that does not exist, so any file it names is
// outside the data folder and refused or missing.
constexpr const char* kFuzzDir = "/nonexistent-fuzz-folder";

// A one-page issue using every style (fuzz/probe_issue.md), the default style sheet and the
// default layout, each read once.
const input::Document& probe_issue();
const style::StyleSheet& default_style();
const style::PageTemplate& default_layout();

// Composes `doc` and writes the PDF into memory; returns its size. Throws folio::Error for
// anything a user must fix, which the targets expect; anything else is a finding.
std::size_t render_to_memory(const input::Document& doc, const style::StyleSheet& sheet,
                             const style::PageTemplate& page, Diagnostics& diags);

}  // namespace folio::fuzz
