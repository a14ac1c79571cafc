// What a reader clicks: /Link annotations (a /URI action, or a /GoTo action to a place in the
// document for a link to a frame::Anchor), and the outline (bookmarks).
#pragma once

#include <podofo/podofo.h>

#include <string>
#include <vector>

#include "common/hash.hpp"
#include "frame/flatten.hpp"
#include "frame/paged_doc.hpp"

namespace folio::pdf {

// A URI as a PDF wants it (7-bit ASCII): bytes >= 0x80, blanks and controls %-escaped.
std::string ascii_uri(const std::string& uri);

// A link where its page places it (the top-left corner of its area, in page space): a copy, so
// it outlives the page's frame.
struct PageLink {
  frame::Point at;
  frame::Link link;
};

// A named place on a page (where internal links go): a copy, like PageLink.
struct PageAnchor {
  frame::Point at;
  std::string name;
};

// What the navigation needs of one page, taken while its frame exists.
struct PageNavigation {
  std::vector<PageLink> links;     // in paint order
  std::vector<PageAnchor> anchors;
};

PageNavigation page_navigation(const frame::Flat& page);

// One /Link annotation per link of pages[i] on page i, no /M date: /URI for external links,
// /GoTo to the anchor for internal ones. Pages must already exist. Throws folio::Error for a link
// to an anchor the document does not have, or two anchors of one name.
void add_links(PoDoFo::PdfDocument& pdf, Sp page_height, const std::vector<PageNavigation>& pages,
               Fnv1a& content_hash);

// The outline from `outline`, nested by level (a deeper level becomes a child of the nearest
// shallower entry before it), destinations at the entry's page and top; page mode UseOutlines.
// Pages must already exist. Throws folio::Error for an entry on a page that does not exist.
void add_outline(PoDoFo::PdfDocument& pdf, const std::vector<frame::OutlineEntry>& outline, Sp page_height,
                 Fnv1a& content_hash);

}  // namespace folio::pdf
