// The document's image table: each picture the pages show, in the order it first appears, with
// the file it came from (the PDF writer embeds each once).
#pragma once

#include <vector>

#include "compose/figure_files.hpp"
#include "frame/frame.hpp"
#include "frame/paged_doc.hpp"

namespace folio::compose {

std::vector<frame::ImageRef> image_table(const std::vector<frame::Frame>& pages, const FigureFiles& files);

}  // namespace folio::compose
