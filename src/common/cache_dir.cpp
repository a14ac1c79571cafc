#include "common/cache_dir.hpp"

#include <cstdlib>

namespace folio {

std::string cache_dir() {
  if (const char* dir = std::getenv("FOLIO_CACHE_DIR")) return dir;  // set but empty: no cache
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') return std::string(xdg) + "/folio";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/folio";
  return "";
}

}  // namespace folio
