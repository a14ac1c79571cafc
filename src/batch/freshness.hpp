// Whether a recorded PDF is still what a render would write now, and the record of a new one.
#pragma once

#include <string>

#include "batch/file_hasher.hpp"
#include "batch/manifest.hpp"
#include "batch/render_settings.hpp"
#include "folio/folio.hpp"

namespace folio::batch {

// True when `record` (read_current_records: its PDF is on disk as written) was made from the
// issue at `issue_path` (a normal path) with these settings, and every file the render read
// still has the content it had. Hashes only until the first difference.
bool up_to_date(const Record& record, const std::string& issue_path, const RenderSettings& settings,
                FileHasher& hashes);

// The record of a render of `issue_path` that just wrote the PDF at `pdf_path`.
Record record_of(const std::string& issue_path, const RenderResult& result, const std::string& pdf_path,
                 const RenderSettings& settings, FileHasher& hashes);

}  // namespace folio::batch
