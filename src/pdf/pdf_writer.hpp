// Writes a whole PagedDoc as PDF: each font a subset Type0 font (Identity-H) with a ToUnicode
// map, or a Type3 font for colour emoji, text as TJ arrays, rules as filled paths, pictures as
// XObjects, links as /Link annotations, the outline, and document info. Deterministic: the same
// PagedDoc gives the same bytes. The pages go through a PdfBuilder (pdf_builder.hpp) in order.
#pragma once

#include <string>
#include <vector>

#include "font/font_db.hpp"
#include "frame/paged_doc.hpp"

namespace folio::pdf {

// Returns the PDF file's bytes. Throws folio::Error when a font cannot be embedded. The pages'
// content streams are built and compressed on up to `threads` threads (0: one per core), this
// one included; the bytes are the same for any number.
std::vector<char> write_pdf(const frame::PagedDoc& doc, unsigned threads = 1);
// The same bytes, freeing each page's frame as soon as its content stream is made (on the
// thread that made it): `doc` is left with empty pages. `fonts`: the database the pages were set
// with, whose faces (already open and read) are subset instead of opening each file again.
std::vector<char> write_pdf(frame::PagedDoc&& doc, unsigned threads = 1, const font::FontDb* fonts = nullptr);

// Writes to `path` through a temporary file in the same folder, renamed on success, so a
// failure never leaves a partial file. Throws folio::Error.
void write_pdf_file(const frame::PagedDoc& doc, const std::string& path, unsigned threads = 1);
void write_pdf_file(frame::PagedDoc&& doc, const std::string& path, unsigned threads = 1,
                    const font::FontDb* fonts = nullptr);

}  // namespace folio::pdf
