// What a reader clicks: /Link annotations (a /URI action, or a /GoTo action to a place in the
// document for a link to a frame::Anchor), and the outline (bookmarks).
#pragma once

#include <podofo/podofo.h>

#include <string>

#include "frame/paged_doc.hpp"
#include "common/hash.hpp"

namespace folio::pdf {

// A URI as a PDF wants it (7-bit ASCII): bytes >= 0x80, blanks and controls %-escaped.
std::string ascii_uri(const std::string& uri);

// One /Link annotation per frame::Link, no /M date. Pages must already exist. Throws
// folio::Error for a link to an anchor the document does not have, or two anchors of one name.
void add_links(PoDoFo::PdfMemDocument& pdf, const frame::PagedDoc& doc, Fnv1a& content_hash);

// The outline from doc.outline, nested by level (a deeper level becomes a child of the nearest
// shallower entry before it), destinations at the entry's page and top; page mode UseOutlines.
// Throws folio::Error for an entry on a page that does not exist.
void add_outline(PoDoFo::PdfMemDocument& pdf, const frame::PagedDoc& doc, Fnv1a& content_hash);

}  // namespace folio::pdf
