// Hyphenation points from libhyphen with Debian's hyphenation patterns (hyph_en_US.dic).
#pragma once

#include <atomic>
#include <cstddef>
#include <future>
#include <string>
#include <string_view>
#include <vector>

struct _HyphenDict;

namespace folio::text {

class Hyphenator {
 public:
  // Returns at once: the dictionary loads on another thread (or is one this process has
  // already loaded or started, see preload) and points() waits for it the first time.
  // Throws folio::Error when the file cannot be read.
  explicit Hyphenator(const std::string& dic_path);
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  // Byte offsets inside `word` (UTF-8, letters only, any case) where a hyphen may go:
  // "technology" gives the offsets of tech-nol-ogy. Respects the dictionary's left/right
  // minimums and never returns 0 or word.size(). Thread-safe. Throws folio::Error if the
  // dictionary turned out unloadable.
  std::vector<std::size_t> points(std::string_view word) const;

  // The dictionary for a language tag ("en", "en-US") under /usr/share/hyphen, or "" if none.
  static std::string dictionary_for(const std::string& lang);

  // Starts loading `dic_path` in the background (about 10 ms of work) so that a Hyphenator
  // made later finds it ready: call it as soon as the language is known. Loaded dictionaries
  // stay for the life of the process and are shared by every Hyphenator. Does nothing for ""
  // or an unreadable file (the constructor reports those).
  static void preload(const std::string& dic_path);

 private:
  _HyphenDict* dictionary() const;  // waits for the load

  std::string path_;
  std::shared_future<_HyphenDict*> load_;
  mutable std::atomic<_HyphenDict*> ready_{nullptr};
};

}  // namespace folio::text
