#include "font/font_config.hpp"

#include <fontconfig/fontconfig.h>
#include <sys/stat.h>

#include <fstream>

#include "folio/diagnostic.hpp"

namespace folio::font {
namespace {

// Without a <cachedir> an empty configuration warns "No writable cache directories" on every
// scan. The first writable one wins: the user's cache, else /tmp.
const char kCacheConfig[] =
    "<?xml version=\"1.0\"?>\n"
    "<fontconfig>\n"
    "  <cachedir prefix=\"xdg\">fontconfig</cachedir>\n"
    "  <cachedir>/tmp/folio-fontconfig</cachedir>\n"
    "</fontconfig>\n";

const FcChar8* fc(const std::string& s) { return reinterpret_cast<const FcChar8*>(s.c_str()); }

std::string trim(const std::string& s) {
  const std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") + 1 - b);
}

}  // namespace

std::string packaged_fonts_list(const std::string& fonts_dir) {
  const std::string path = fonts_dir + "/packaged-fonts.txt";
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) ? path : "";
}

std::vector<std::string> packaged_font_paths(const std::string& fonts_dir) {
  std::vector<std::string> out;
  std::ifstream in(fonts_dir + "/packaged-fonts.txt");
  for (std::string line; std::getline(in, line);) {
    line = trim(line.substr(0, line.find('#')));
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

_FcConfig* hermetic_config(const std::string& fonts_dir, const std::vector<std::string>& extra_files) {
  FcConfig* config = FcConfigCreate();
  if (!config) throw Error(SourcePos{fonts_dir, 0, 0}, "cannot create a Fontconfig configuration");
  FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(kCacheConfig), FcFalse);
  if (!FcConfigAppFontAddDir(config, fc(fonts_dir))) {
    FcConfigDestroy(config);
    throw Error(SourcePos{fonts_dir, 0, 0}, "cannot read the fonts folder");
  }
  // A packaged font that is not installed is left out: the characters only it has are then
  // reported as having no font, where they occur.
  for (const std::string& path : packaged_font_paths(fonts_dir)) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode))
      FcConfigAppFontAddDir(config, fc(path));
    else
      FcConfigAppFontAddFile(config, fc(path));
  }
  for (const std::string& path : extra_files) {
    if (!FcConfigAppFontAddFile(config, fc(path))) {
      FcConfigDestroy(config);
      throw Error(SourcePos{path, 0, 0}, "not a font file Fontconfig can read");
    }
  }
  return config;
}

}  // namespace folio::font
