#include "compose/verbatim.hpp"

#include <cstddef>

#include "common/utf8.hpp"

namespace folio::compose {

std::string verbatim(const std::string& code) {
  static const std::string nbsp = "\u00A0";
  std::string out;
  std::size_t column = 0, spaces = 0;
  for (std::size_t i = 0; i <= code.size(); ++i) {
    const char c = i < code.size() ? code[i] : '\n';
    if (c == ' ' || c == '\t') {
      const std::size_t n = c == ' ' ? 1 : 4 - column % 4;
      spaces += n;
      column += n;
      continue;
    }
    if (spaces > 0 && c != '\n') {  // trailing spaces are dropped
      const bool indent = out.empty() || out.back() == '\n';
      for (std::size_t k = 1; k < spaces; ++k) out += nbsp;
      out += indent ? nbsp : " ";
    }
    spaces = 0;
    if (i == code.size()) break;
    out += c;
    if (c == '\n')
      column = 0;
    else if (!is_utf8_continuation(static_cast<unsigned char>(c)))
      ++column;
  }
  return out;
}

}  // namespace folio::compose
