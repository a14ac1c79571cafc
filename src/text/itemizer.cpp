#include "text/itemizer.hpp"

#include <unicode/ubidi.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <memory>

#include "folio/diagnostic.hpp"

namespace folio::text {
namespace {

struct Char {
  std::size_t start = 0;  // byte offset
  UScriptCode script = USCRIPT_COMMON;
  int level = 0;
};

bool is_common(UScriptCode s) { return s == USCRIPT_COMMON || s == USCRIPT_INHERITED; }

struct BidiDeleter {
  void operator()(UBiDi* b) const { ubidi_close(b); }
};

// Decodes the text and gives every character its script and bidi level. ICU's bidi works
// on UTF-16, so the levels are read back through each character's UTF-16 index.
std::vector<Char> classify(std::string_view utf8, bool base_rtl) {
  std::vector<Char> chars;
  std::vector<UChar> u16;
  std::vector<int32_t> u16_index;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    Char c;
    c.start = static_cast<std::size_t>(i);
    UChar32 cp;
    U8_NEXT(s, i, n, cp);
    if (cp < 0) cp = 0xFFFD;  // malformed bytes: a neutral replacement character
    UErrorCode status = U_ZERO_ERROR;
    c.script = uscript_getScript(cp, &status);
    if (U_FAILURE(status)) c.script = USCRIPT_COMMON;
    chars.push_back(c);
    u16_index.push_back(static_cast<int32_t>(u16.size()));
    if (U_IS_BMP(cp)) {
      u16.push_back(static_cast<UChar>(cp));
    } else {
      u16.push_back(U16_LEAD(cp));
      u16.push_back(U16_TRAIL(cp));
    }
  }

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UBiDi, BidiDeleter> bidi(ubidi_openSized(static_cast<int32_t>(u16.size()), 0, &status));
  ubidi_setPara(bidi.get(), u16.data(), static_cast<int32_t>(u16.size()), base_rtl ? 1 : 0, nullptr, &status);
  const UBiDiLevel* levels = ubidi_getLevels(bidi.get(), &status);
  if (U_FAILURE(status)) throw Error(SourcePos{}, std::string("ICU bidi failed: ") + u_errorName(status));
  for (std::size_t k = 0; k < chars.size(); ++k) chars[k].level = levels[u16_index[k]];
  return chars;
}

}  // namespace

std::vector<TextItem> itemize(std::string_view utf8, bool base_rtl) {
  std::vector<TextItem> items;
  if (utf8.empty()) return items;
  const std::vector<Char> chars = classify(utf8, base_rtl);
  std::vector<UScriptCode> scripts;  // per item; USCRIPT_INVALID_CODE while unresolved

  auto push = [&](std::size_t from, std::size_t to, UScriptCode script, int level) {
    std::size_t end = to < chars.size() ? chars[to].start : utf8.size();
    items.push_back(TextItem{chars[from].start, end, "", level});
    scripts.push_back(script);
  };
  for (std::size_t i = 0; i < chars.size();) {
    std::size_t j = i;  // [i, j): one bidi level
    while (j < chars.size() && chars[j].level == chars[i].level) ++j;
    // Within a level: common characters join the script before them; leading ones join the
    // first real script after them.
    UScriptCode current = USCRIPT_INVALID_CODE;
    std::size_t from = i;
    for (std::size_t k = i; k < j; ++k) {
      UScriptCode s = chars[k].script;
      if (is_common(s) || s == current) continue;
      if (current != USCRIPT_INVALID_CODE) {
        push(from, k, current, chars[i].level);
        from = k;
      }
      current = s;
    }
    push(from, j, current, chars[i].level);
    i = j;
  }

  // A level run of only common characters (digits in Arabic text, say) takes the script of
  // the item before it, or after it at the start; "Zyyy" when the whole text has none.
  for (std::size_t k = 1; k < scripts.size(); ++k)
    if (scripts[k] == USCRIPT_INVALID_CODE) scripts[k] = scripts[k - 1];
  for (std::size_t k = scripts.size(); k-- > 1;)
    if (scripts[k - 1] == USCRIPT_INVALID_CODE) scripts[k - 1] = scripts[k];
  for (std::size_t k = 0; k < items.size(); ++k) {
    UScriptCode s = scripts[k] == USCRIPT_INVALID_CODE ? USCRIPT_COMMON : scripts[k];
    items[k].script = uscript_getShortName(s);
  }
  return items;
}

}  // namespace folio::text
