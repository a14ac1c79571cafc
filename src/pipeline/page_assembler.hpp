// Turns typeset slots into the frame IR: absolute positions on pages, glyph runs, underline
// rules, link rectangles, line records for the layout dump, and the footer furniture.
#pragma once

#include <map>
#include <string>

#include "font/font_db.hpp"
#include "frame/frame.hpp"
#include "pipeline/slots.hpp"

namespace folio::pipeline {

class PageAssembler {
 public:
  PageAssembler(const font::FontDb& fonts, frame::PagedDoc& doc) : fonts_(fonts), doc_(doc) {}

  // Places a slot's lines and rules with the slot's top-left corner at (x, y).
  void place(int page, const Slot& slot, Sp x, Sp y, const std::string& region);
  void place_line(int page, const SlotLine& line, Sp x, Sp y, const std::string& region);
  void rule(int page, Sp x, Sp y, Sp width, Sp height, Color color);

 private:
  int font_index(font::FaceId face);

  const font::FontDb& fonts_;
  frame::PagedDoc& doc_;
  std::map<font::FaceId, int> font_index_;
};

}  // namespace folio::pipeline
