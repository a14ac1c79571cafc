// The names of the anchors a footnote and its marker link to each other by: a marker links to
// "note-N", the note's number back to "noteref-N" (its first marker).
#pragma once

#include <string>

namespace folio::compose {

inline std::string note_anchor(int number) { return "note-" + std::to_string(number); }
inline std::string note_ref_anchor(int number) { return "noteref-" + std::to_string(number); }

// The note number a link to `anchor` refers to (a marker's link), or 0.
inline int note_of_anchor(const std::string& anchor) {
  static const std::string kPrefix = "note-";
  if (anchor.compare(0, kPrefix.size(), kPrefix) != 0) return 0;
  int n = 0;
  for (std::size_t i = kPrefix.size(); i < anchor.size(); ++i) {
    if (anchor[i] < '0' || anchor[i] > '9') return 0;
    n = n * 10 + (anchor[i] - '0');
  }
  return n;
}

}  // namespace folio::compose
