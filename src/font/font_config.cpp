#include "font/font_config.hpp"

#include <fontconfig/fontconfig.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "common/cache_dir.hpp"
#include "common/hash.hpp"
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

// The folder in the cache through which the packaged font files reach Fontconfig: a symbolic
// link to each. Fontconfig caches what it scans per folder, never per file, and scanning the
// packaged files one by one (their character sets above all) cost more on every render than
// setting a page. The folder's name is a hash of the files' paths, sizes and times, so a font
// the package manager updates makes a new folder; it is made under a temporary name and renamed
// into place, so renders running at once never see half of it. "" when there is no cache.
std::string linked_fonts_dir(const std::vector<std::string>& files) {
  const std::string cache = cache_dir();
  if (cache.empty() || files.empty()) return "";
  Fnv1a h;
  for (const std::string& f : files) {
    struct stat st;
    if (::stat(f.c_str(), &st) != 0) return "";
    h.add(f);
    h.add_u32(static_cast<std::uint32_t>(st.st_size));
    h.add_u32(static_cast<std::uint32_t>(st.st_mtime));
  }
  char name[40];
  std::snprintf(name, sizeof name, "packaged-fonts-%016llx", static_cast<unsigned long long>(h.value()));
  const std::string dir = cache + "/" + name;
  struct stat st;
  if (::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return dir;
  std::error_code ec;
  std::filesystem::create_directories(cache, ec);
  // Unique to this call: renders on several threads (folio batch) or processes may make it at once.
  static std::atomic<unsigned> serial{0};
  const std::string tmp = dir + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(serial++);
  std::filesystem::remove_all(tmp, ec);
  if (::mkdir(tmp.c_str(), 0777) != 0) return "";
  for (std::size_t i = 0; i < files.size(); ++i) {
    // Numbered: two packaged files may share a name in different folders.
    const std::string link = tmp + "/" + std::to_string(i) + "-" + std::filesystem::path(files[i]).filename().string();
    if (::symlink(files[i].c_str(), link.c_str()) != 0) {
      std::filesystem::remove_all(tmp, ec);
      return "";
    }
  }
  if (::rename(tmp.c_str(), dir.c_str()) != 0) std::filesystem::remove_all(tmp, ec);  // another render won
  return ::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode) ? dir : "";
}

}  // namespace

std::string linked_font_target(const std::string& path) {
  if (path.find("/packaged-fonts-") == std::string::npos) return path;
  std::error_code ec;
  const std::filesystem::path target = std::filesystem::read_symlink(path, ec);
  return ec ? path : target.string();
}

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
  std::vector<std::string> files;
  for (const std::string& path : packaged_font_paths(fonts_dir)) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode))
      FcConfigAppFontAddDir(config, fc(path));
    else
      files.push_back(path);
  }
  if (const std::string linked = linked_fonts_dir(files); !linked.empty()) {
    FcConfigAppFontAddDir(config, fc(linked));
  } else {
    for (const std::string& path : files) FcConfigAppFontAddFile(config, fc(path));
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
