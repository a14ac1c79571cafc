// The Unicode bidirectional algorithm (UAX #9) on one paragraph, through ICU's UBiDi: the
// resolved level of every character, and, once lines are broken, each line's runs in visual
// order (ubidi_setLine and ubidi_getVisualRun, which apply rule L1 to the line's end as well).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

struct UBiDi;

namespace folio::text {

enum class Direction { Auto, Ltr, Rtl };

// A run of one direction in a line, as byte offsets into the paragraph's text.
struct VisualRun {
  std::size_t start = 0, end = 0;
  bool rtl = false;
};

class BidiParagraph {
 public:
  // Auto: the direction of the first strong character (rules P2-P3), left-to-right when none.
  BidiParagraph(std::string_view utf8, Direction direction);
  ~BidiParagraph();
  BidiParagraph(const BidiParagraph&) = delete;
  BidiParagraph& operator=(const BidiParagraph&) = delete;

  bool rtl() const { return rtl_; }  // the paragraph's base direction
  // Left to right throughout: the base direction and every character's level (none odd), so
  // every line reads in logical order and needs no reordering.
  bool left_to_right() const { return left_to_right_; }
  // The embedding level of the character at byte `offset` (odd: right-to-left).
  int level_at(std::size_t offset) const;
  // The runs of the line [start, end) (byte offsets at character boundaries) in visual order,
  // left to right, together covering the line.
  std::vector<VisualRun> line_runs(std::size_t start, std::size_t end) const;

 private:
  std::size_t utf16_index(std::size_t byte) const;  // of the character starting at `byte`

  struct Closer {
    void operator()(UBiDi* b) const;
  };
  std::unique_ptr<UBiDi, Closer> para_;
  std::vector<std::uint16_t> utf16_;
  std::vector<std::size_t> byte_of_unit_;   // the UTF-8 offset of each UTF-16 unit's character
  std::vector<std::int32_t> unit_of_byte_;  // the UTF-16 index of each byte's character
  std::size_t bytes_ = 0;
  bool rtl_ = false;
  bool left_to_right_ = true;
};

}  // namespace folio::text
