// Hyphenation points from libhyphen with Debian's hyphenation patterns (hyph_en_US.dic).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

struct _HyphenDict;

namespace folio::text {

class Hyphenator {
 public:
  // Throws folio::Error when the dictionary cannot be loaded.
  explicit Hyphenator(const std::string& dic_path);
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  // Byte offsets inside `word` (UTF-8, letters only, any case) where a hyphen may go:
  // "technology" gives the offsets of tech-nol-ogy. Respects the dictionary's left/right
  // minimums and never returns 0 or word.size(). Thread-safe.
  std::vector<std::size_t> points(std::string_view word) const;

  // The dictionary for a language tag ("en", "en-US") under /usr/share/hyphen, or "" if none.
  static std::string dictionary_for(const std::string& lang);

 private:
  _HyphenDict* dict_ = nullptr;
};

}  // namespace folio::text
