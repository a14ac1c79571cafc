// The document's font table: each face the pages use, numbered in the order it is first placed,
// so the PDF's font names follow the order of composition.
#pragma once

#include <set>
#include <vector>

#include "font/font_db.hpp"
#include "frame/flatten.hpp"
#include "frame/frame.hpp"
#include "frame/paged_doc.hpp"

namespace folio::compose {

class FontTable {
 public:
  explicit FontTable(const font::FontDb& fonts) : fonts_(fonts) {}

  // Lists the faces of `frame`'s runs not listed yet, in paint order.
  void add(const frame::Frame& frame);
  void add(const frame::Flat& flat);  // the same, for a frame already flattened
  const std::vector<frame::FontRef>& refs() const { return refs_; }

 private:
  const font::FontDb& fonts_;
  std::set<frame::FontId> listed_;
  std::vector<frame::FontRef> refs_;
};

}  // namespace folio::compose
