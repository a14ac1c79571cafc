#include "text/line_breaks.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <map>
#include <memory>
#include <mutex>

#include "folio/diagnostic.hpp"

namespace folio::text {
namespace {

// Creating a line break iterator loads and compiles rules (slow); cloning one is cheap. A
// break iterator is not thread-safe, so each thread keeps its own clones.
icu::BreakIterator& iterator_for(const std::string& locale) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> mine;
  auto it = mine.find(locale);
  if (it != mine.end()) return *it->second;

  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<icu::BreakIterator>> prototypes;
  std::unique_ptr<icu::BreakIterator> clone;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto& proto = prototypes[locale];
    if (!proto) {
      UErrorCode status = U_ZERO_ERROR;
      proto.reset(icu::BreakIterator::createLineInstance(icu::Locale(locale.c_str()), status));
      if (U_FAILURE(status) || !proto) {
        proto.reset();
        throw Error(SourcePos{}, "ICU has no line breaker for locale '" + locale + "'");
      }
    }
    clone.reset(proto->clone());
  }
  return *mine.emplace(locale, std::move(clone)).first->second;
}

}  // namespace

std::vector<BreakOpportunity> line_break_opportunities(std::string_view utf8, const std::string& locale) {
  std::vector<BreakOpportunity> out;
  if (utf8.empty()) return out;
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) throw Error(SourcePos{}, "ICU cannot read the text for line breaking");
  icu::BreakIterator& bi = iterator_for(locale);
  bi.setText(text, status);
  if (U_FAILURE(status)) {
    utext_close(text);
    throw Error(SourcePos{}, "ICU cannot read the text for line breaking");
  }
  // On UTF-8 UText, ICU's native indexes are byte offsets: no conversion needed.
  for (int32_t pos = bi.next(); pos != icu::BreakIterator::DONE; pos = bi.next()) {
    int32_t rule = bi.getRuleStatus();
    out.push_back(BreakOpportunity{static_cast<std::size_t>(pos),
                                   rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT});
  }
  // The iterator keeps a shallow clone of `text` pointing at the caller's bytes; give it an
  // empty text so that nothing dangles once this returns.
  utext_close(text);
  UText* empty = utext_openUTF8(nullptr, "", 0, &status);
  bi.setText(empty, status);
  utext_close(empty);
  return out;
}

}  // namespace folio::text
