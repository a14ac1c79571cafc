// Document-level metadata: the Info dictionary (with dates only when the job gives one, and a
// content hash so PoDoFo's trailer /ID, an MD5 of Info, depends on the content) and /Lang.
#pragma once

#include <podofo/podofo.h>

#include <cstdint>
#include <string>

#include "frame/paged_doc.hpp"

namespace folio::pdf {

// A PDF text string: plain bytes when ASCII, UTF-16BE otherwise.
PoDoFo::PdfString text_string(const std::string& utf8);

// "D:YYYYMMDDHHmmSSZ" in UTC.
std::string pdf_date(long long seconds_since_epoch);

// Replaces PoDoFo's own time stamps: the same PagedDoc must give the same bytes.
// `catalog`: the document's catalog (PoDoFo's PdfDocument keeps it protected).
void write_doc_info(PoDoFo::PdfDocument& pdf, PoDoFo::PdfObject& catalog, const frame::DocInfo& info,
                    std::uint64_t content_hash);

}  // namespace folio::pdf
