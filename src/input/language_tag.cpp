#include "input/language_tag.hpp"

#include <cctype>

namespace folio::input {

bool is_language_tag(const std::string& tag) {
  size_t i = 0;
  while (i < tag.size() && std::isalpha(static_cast<unsigned char>(tag[i]))) ++i;
  if (i < 2 || i > 3) return false;
  while (i < tag.size()) {
    if (tag[i] != '-') return false;
    const size_t begin = ++i;
    while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i]))) ++i;
    if (i == begin || i - begin > 8) return false;
  }
  return true;
}

}  // namespace folio::input
