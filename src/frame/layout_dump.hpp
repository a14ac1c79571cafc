// A text dump of laid-out pages: one line per typeset line, link, figure (its box, file and alt
// text) and rule, then the groups of tables and notes, note markers and anchors, in points with
// three decimals. Exact and diffable: a changed line break shows as a changed line.
#pragma once

#include <string>

#include "frame/paged_doc.hpp"

namespace folio::frame {

std::string dump_layout(const PagedDoc& doc);

}  // namespace folio::frame
