// The one Fontconfig configuration a FontDb searches: hermetic by construction. It loads no
// system configuration file, so it knows exactly the fonts named here: the bundled fonts/
// folder, the Debian font files that fonts/packaged-fonts.txt lists (installed by
// scripts/install-deps, too large to ship), and a style sheet's own font files for one render.
#pragma once

#include <string>
#include <vector>

struct _FcConfig;

namespace folio::font {

// fonts/packaged-fonts.txt in `fonts_dir`: what a render reads besides the fonts, so what a
// rebuild must watch; "" when the folder has none.
std::string packaged_fonts_list(const std::string& fonts_dir);

// The paths fonts/packaged-fonts.txt lists (a folder or one font file per line; '#' starts a
// comment), as written. Empty when the folder has no such list.
std::vector<std::string> packaged_font_paths(const std::string& fonts_dir);

// The font file a path Fontconfig gives stands for: a packaged font reaches Fontconfig through a
// folder of symbolic links in the cache (font_config.cpp says why), whose targets are the files.
std::string linked_font_target(const std::string& path);

// A new configuration holding the fonts of `fonts_dir`, then the packaged paths that exist on
// this machine, then `extra_files` (a style sheet's fonts). Throws folio::Error when the
// folder cannot be read or an extra file is not a font Fontconfig can read. The caller
// destroys it (FcConfigDestroy).
_FcConfig* hermetic_config(const std::string& fonts_dir, const std::vector<std::string>& extra_files);

}  // namespace folio::font
