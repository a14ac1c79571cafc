// What kind of character a code point is, for the decisions that fonts and line breaking take
// character by character: which characters are CJK (set solid, justified between ideographs),
// which stay in the face of the character before them, which ask for an emoji.
#pragma once

#include <string>

namespace folio::text {

// Ideographs, kana, hangul, bopomofo and the full-width CJK punctuation and forms: characters
// set on the em square (East Asian Width wide or full-width), emoji excepted.
bool is_cjk(char32_t c);

// A letter or digit of a script set with spaces (Latin, Greek, Cyrillic, digits ...): what
// xeCJK and InDesign separate from CJK by a quarter em.
bool is_spaced_alnum(char32_t c);

// Characters that belong to the character before them and must be drawn by its face: combining
// marks, joiners, variation selectors, emoji modifiers and tags, the keycap mark.
bool joins_previous(char32_t c);

// Whether `c`, followed by `next` (0 at the end), asks for emoji presentation: a character
// shown as emoji by default (unless U+FE0E follows), or any followed by U+FE0F.
bool wants_emoji(char32_t c, char32_t next);

// Punctuation whose width East Asian typography decides (East Asian Width ambiguous: “ ” ‘ ’
// … — ·): in CJK text it comes from the CJK face, full-width, rather than the Latin one.
bool is_ambiguous_punctuation(char32_t c);

// A CJK script's ISO 15924 code, as the itemizer gives it: Hani, Hira, Kana, Bopo, Hang.
bool is_cjk_script(const std::string& script);

// Chinese, Japanese or Korean ("zh-Hans", "ja", "ko-KR"): no hyphenation, CJK punctuation.
bool is_cjk_language(const std::string& lang);

}  // namespace folio::text
