// Where folio keeps what it can make again but would rather not on every render (hyphenation
// results, the folder through which Fontconfig caches the packaged fonts).
#pragma once

#include <string>

namespace folio {

// $FOLIO_CACHE_DIR when set (set but empty: no cache at all, ""), else $XDG_CACHE_HOME/folio,
// else $HOME/.cache/folio; "" when none of them says.
std::string cache_dir();

}  // namespace folio
