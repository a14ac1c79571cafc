#include "text/bidi.hpp"

#include <unicode/ubidi.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "folio/diagnostic.hpp"

namespace folio::text {
namespace {

void check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw Error(SourcePos{}, std::string("ICU bidi failed (") + what + "): " + u_errorName(status));
}

}  // namespace

void BidiParagraph::Closer::operator()(UBiDi* b) const { ubidi_close(b); }

BidiParagraph::BidiParagraph(std::string_view utf8, Direction direction) : bytes_(utf8.size()) {
  // ICU's bidi works on UTF-16: keep both directions of the index mapping.
  const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const std::int32_t n = static_cast<std::int32_t>(utf8.size());
  unit_of_byte_.resize(utf8.size() + 1);
  utf16_.reserve(utf8.size());  // at most one unit per byte
  byte_of_unit_.reserve(utf8.size() + 1);
  for (std::int32_t i = 0; i < n;) {
    const std::int32_t start = i;
    UChar32 cp;
    U8_NEXT(s, i, n, cp);
    if (cp < 0) cp = 0xFFFD;  // malformed bytes: a neutral replacement character
    for (std::int32_t b = start; b < i; ++b) unit_of_byte_[static_cast<std::size_t>(b)] = static_cast<std::int32_t>(utf16_.size());
    if (U_IS_BMP(cp)) {
      utf16_.push_back(static_cast<std::uint16_t>(cp));
      byte_of_unit_.push_back(static_cast<std::size_t>(start));
    } else {
      utf16_.push_back(U16_LEAD(cp));
      utf16_.push_back(U16_TRAIL(cp));
      byte_of_unit_.push_back(static_cast<std::size_t>(start));
      byte_of_unit_.push_back(static_cast<std::size_t>(start));
    }
  }
  unit_of_byte_[utf8.size()] = static_cast<std::int32_t>(utf16_.size());
  byte_of_unit_.push_back(utf8.size());

  rtl_ = direction == Direction::Rtl;
  left_to_right_ = !rtl_;
  if (utf16_.empty()) return;  // ICU refuses an empty paragraph; there is nothing to order
  UErrorCode status = U_ZERO_ERROR;
  para_.reset(ubidi_openSized(static_cast<std::int32_t>(utf16_.size()), 0, &status));
  check(status, "open");
  const UBiDiLevel level = direction == Direction::Rtl   ? 1
                           : direction == Direction::Ltr ? 0
                                                         : UBIDI_DEFAULT_LTR;
  ubidi_setPara(para_.get(), reinterpret_cast<const UChar*>(utf16_.data()), static_cast<std::int32_t>(utf16_.size()),
                level, nullptr, &status);
  check(status, "setPara");
  rtl_ = ubidi_getParaLevel(para_.get()) % 2 == 1;
  // Text of one direction has every level at the paragraph's (ubidi_getDirection); mixed text
  // may still be left to right throughout (levels 0 and 2). ubidi_getLevelAt only reads, where
  // ubidi_getLevels would apply rule L1 to the paragraph object.
  left_to_right_ = !rtl_;
  if (ubidi_getDirection(para_.get()) == UBIDI_MIXED)
    for (std::size_t i = 0; left_to_right_ && i < utf16_.size(); ++i)
      left_to_right_ = ubidi_getLevelAt(para_.get(), static_cast<std::int32_t>(i)) % 2 == 0;
}

BidiParagraph::~BidiParagraph() = default;

std::size_t BidiParagraph::utf16_index(std::size_t byte) const {
  return static_cast<std::size_t>(unit_of_byte_[byte < bytes_ ? byte : bytes_]);
}

int BidiParagraph::level_at(std::size_t offset) const {
  if (utf16_.empty()) return rtl_ ? 1 : 0;
  const std::size_t unit = utf16_index(offset);
  return ubidi_getLevelAt(para_.get(), static_cast<std::int32_t>(unit < utf16_.size() ? unit : utf16_.size() - 1));
}

std::vector<VisualRun> BidiParagraph::line_runs(std::size_t start, std::size_t end) const {
  std::vector<VisualRun> out;
  if (start >= end || utf16_.empty()) return out;
  const std::int32_t from = static_cast<std::int32_t>(utf16_index(start));
  const std::int32_t to = static_cast<std::int32_t>(utf16_index(end));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UBiDi, Closer> line(ubidi_openSized(to - from, 0, &status));
  check(status, "open line");
  // setLine keeps a pointer to the paragraph object, which outlives this function.
  ubidi_setLine(para_.get(), from, to, line.get(), &status);
  check(status, "setLine");
  const std::int32_t count = ubidi_countRuns(line.get(), &status);
  check(status, "countRuns");
  for (std::int32_t i = 0; i < count; ++i) {
    std::int32_t logical = 0, length = 0;
    const UBiDiDirection dir = ubidi_getVisualRun(line.get(), i, &logical, &length);
    const std::size_t a = static_cast<std::size_t>(from + logical);
    const std::size_t b = static_cast<std::size_t>(from + logical + length);
    out.push_back(VisualRun{byte_of_unit_[a], byte_of_unit_[b], dir == UBIDI_RTL});
  }
  return out;
}

}  // namespace folio::text
