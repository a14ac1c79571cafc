#include "golden/rasterizer.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <string>

#include "folio/diagnostic.hpp"

namespace folio::golden {
namespace {

// folio_read_back in src/golden/poppler/read_back_module.cpp.
using ReadBackEntry = bool (*)(const std::vector<char>& pdf, int dpi, bool render, Readback& out,
                               std::string& error);

constexpr const char* kModule = "libfolio-readback.so";

// The folder of the running program: the build puts the module next to folio and the tests.
std::string program_folder() {
  char path[PATH_MAX];
  const ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
  if (n <= 0) return "";
  const std::string exe(path, static_cast<std::size_t>(n));
  return exe.substr(0, exe.rfind('/') + 1);
}

struct Module {
  ReadBackEntry entry = nullptr;
  std::string error;  // why there is no entry
};

// Loaded once, by the first thread that asks, and kept for the life of the process. Next to the
// program first (a copied build folder), then where the build wrote it.
const Module& module() {
  static const Module loaded = [] {
    Module m;
    void* handle = nullptr;
    for (const std::string& path : {program_folder() + kModule, std::string(FOLIO_READBACK_MODULE)}) {
      handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (handle) break;
      m.error += (m.error.empty() ? "" : "; ") + std::string(dlerror());
    }
    if (handle) m.entry = reinterpret_cast<ReadBackEntry>(dlsym(handle, "folio_read_back"));
    if (handle && !m.entry) m.error = std::string(kModule) + " has no folio_read_back";
    return m;
  }();
  return loaded;
}

}  // namespace

Readback read_back(const std::vector<char>& pdf, int dpi, bool render, const std::string& name) {
  const Module& m = module();
  if (!m.entry) throw Error(SourcePos{name}, "cannot load poppler to read the PDF back: " + m.error);
  Readback out;
  std::string error;
  if (!m.entry(pdf, dpi, render, out, error)) throw Error(SourcePos{name}, error);
  return out;
}

}  // namespace folio::golden
