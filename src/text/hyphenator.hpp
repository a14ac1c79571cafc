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
  // Hyphenators of one dictionary file share, for the life of the process, its patterns (built
  // by libhyphen on the first word not answered before: about 10 ms and 2-3 MB) and every
  // word answered, which also persist between runs (see hyphenation_cache.hpp). Throws
  // folio::Error when the file cannot be read.
  explicit Hyphenator(const std::string& dic_path);
  ~Hyphenator();  // saves the words this process added to the cache file
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  // Byte offsets inside `word` (UTF-8, letters only, any case) where a hyphen may go:
  // "technology" gives the offsets of tech-nol-ogy. Respects the dictionary's left/right
  // minimums and never returns 0 or word.size(). Thread-safe. Throws folio::Error if
  // libhyphen cannot load the patterns.
  std::vector<std::size_t> points(std::string_view word) const;

  // The dictionary for a language tag ("en", "en-US") under /usr/share/hyphen, or "" if none.
  static std::string dictionary_for(const std::string& lang);

  struct Dictionary;  // what Hyphenators of one file share (hyphenator.cpp)

 private:
  std::vector<std::size_t> compute(std::string_view word) const;  // asks libhyphen
  _HyphenDict* patterns() const;                                  // loads them the first time

  Dictionary* dict_ = nullptr;  // owned by the process-wide registry, never freed
};

}  // namespace folio::text
