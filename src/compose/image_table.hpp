// The document's image table: each picture the pages show, in the order it first appears, with
// the file it came from (the PDF writer embeds each once).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "compose/figure_files.hpp"
#include "frame/flatten.hpp"
#include "frame/frame.hpp"
#include "frame/paged_doc.hpp"

namespace folio::compose {

class ImageTable {
 public:
  explicit ImageTable(const FigureFiles& files) : files_(files) {}
  // Lists the pictures a flattened page shows that are not listed yet, in paint order.
  void add(const frame::Flat& page);
  const std::vector<frame::ImageRef>& refs() const { return refs_; }

 private:
  const FigureFiles& files_;
  std::set<std::string> listed_;
  std::vector<frame::ImageRef> refs_;
};

}  // namespace folio::compose
