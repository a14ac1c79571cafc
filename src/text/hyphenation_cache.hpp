// A file of hyphenation points per word, kept between runs like Fontconfig's cache: a render
// whose words are all in it never has libhyphen build its patterns (the largest single cost
// of a render). Holds exactly what libhyphen answered, so output is the same with or without it.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace folio::text {

using WordPoints = std::unordered_map<std::string, std::vector<std::size_t>>;

// The cache file for the dictionary at `dic_path`, in $FOLIO_CACHE_DIR, else
// $XDG_CACHE_HOME/folio, else ~/.cache/folio. Its name carries the dictionary's path, size and
// modification time, so a changed dictionary starts a new file. "" when caching is off:
// FOLIO_CACHE_DIR set but empty, no home folder, or the dictionary cannot be read.
std::string hyphenation_cache_path(const std::string& dic_path);

// The words in a cache file. A missing file, or one that is not entirely well formed (another
// version, a truncated line, points out of order or outside the word, a checksum that does not
// match its bytes: cut short, damaged or written over by something else), gives none.
WordPoints read_hyphenation_cache(const std::string& path);

// Writes the file through a temporary file and a rename, creating its folder. Returns false
// when it cannot: the cache only saves time, so callers carry on.
bool write_hyphenation_cache(const std::string& path, const WordPoints& words);

}  // namespace folio::text
