// The golden files of one case on disk: golden/<case>/layout.txt, text.txt, page-NNN.png.
#pragma once

#include <string>
#include <vector>

#include "golden/case_render.hpp"

namespace folio::golden {

// "page-001.png" (1-based; wider numbers past 999).
std::string page_file_name(int page);

// The page PNGs present in `dir`, in page order: page-001.png, page-002.png, ... up to the first gap.
std::vector<std::string> page_files(const std::string& dir);

// The whole file, or a folio::Error naming it.
std::string read_text_file(const std::string& path);

// Writes through a temporary file renamed into place. Throws folio::Error.
void write_text_file(const std::string& path, const std::string& text);

// Writes the case's goldens into `dir` (created if needed), touching only files whose content
// changed, and removes page PNGs past the last page. Returns the file names written or removed.
std::vector<std::string> store_goldens(const std::string& dir, const Rendered& r);

}  // namespace folio::golden
