#include "text/itemizer.hpp"

#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace folio::text {
namespace {

struct Char {
  std::size_t start = 0;  // byte offset
  UScriptCode script = USCRIPT_COMMON;
  int level = 0;
};

bool is_common(UScriptCode s) { return s == USCRIPT_COMMON || s == USCRIPT_INHERITED; }

// Decodes the text and gives every character its script and bidi level.
std::vector<Char> classify(std::string_view utf8, const BidiParagraph& bidi) {
  std::vector<Char> chars;
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
    c.level = bidi.level_at(c.start);
    chars.push_back(c);
  }
  return chars;
}

}  // namespace

std::vector<TextItem> itemize(std::string_view utf8, bool base_rtl) {
  return itemize(utf8, BidiParagraph(utf8, base_rtl ? Direction::Rtl : Direction::Ltr));
}

std::vector<TextItem> itemize(std::string_view utf8, const BidiParagraph& bidi) {
  std::vector<TextItem> items;
  if (utf8.empty()) return items;
  const std::vector<Char> chars = classify(utf8, bidi);
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
