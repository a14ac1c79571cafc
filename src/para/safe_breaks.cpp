#include "para/safe_breaks.hpp"

namespace folio::para {
namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Characters a break may come before: the start of a new part of a URL or an identifier.
bool breaks_before(char c) { return c == '.' || c == '?' || c == '&' || c == '#' || c == '=' || c == '_'; }

}  // namespace

std::vector<SafeBreak> safe_breaks(std::string_view t, std::size_t start, std::size_t end) {
  std::vector<SafeBreak> out;
  for (std::size_t i = start + 1; i + 1 < end; ++i) {  // a break before t[i], never before the last
    const char prev = t[i - 1], c = t[i];
    bool safe = false, hump = false;
    if (prev == '/' && c != '/') safe = true;                            // after a slash
    else if (breaks_before(c) && prev != c && !breaks_before(prev)) safe = true;
    else if (c == ':' && t[i + 1] == ':' && prev != ':') safe = true;   // before ::
    else if (prev == '-' && c != '-' && c != '>') safe = true;           // after a hyphen it has (not ->)
    else if (is_lower(prev) && is_upper(c)) hump = true;
    if (safe || hump) out.push_back(SafeBreak{i, hump});
  }
  return out;
}

}  // namespace folio::para
