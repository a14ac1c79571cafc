#include "golden/golden_store.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/atomic_file.hpp"
#include "folio/diagnostic.hpp"
#include "golden/png_io.hpp"

namespace folio::golden {
namespace {

namespace fs = std::filesystem;

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

// Rewriting an identical PNG would churn its bytes if libpng ever changed; compare pixels.
bool same_png(const fs::path& p, const Image& image) {
  if (!is_file(p)) return false;
  try {
    const Image old = read_png(p.string());
    return old.width == image.width && old.height == image.height && old.pixels == image.pixels;
  } catch (const Error&) {
    return false;
  }
}

}  // namespace

std::string page_file_name(int page) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "page-%03d.png", page);
  return buf;
}

std::vector<std::string> page_files(const std::string& dir) {
  std::vector<std::string> out;
  for (int page = 1;; ++page) {
    const fs::path p = fs::path(dir) / page_file_name(page);
    if (!is_file(p)) break;
    out.push_back(p.string());
  }
  return out;
}

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(SourcePos{path}, "cannot read the file");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_text_file(const std::string& path, const std::string& text) {
  write_file_atomically(path, text, "the file");
}

std::vector<std::string> store_goldens(const std::string& dir, const Rendered& r) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw Error(SourcePos{dir}, "cannot create the folder: " + ec.message());
  std::vector<std::string> touched;
  auto store_text = [&](const char* name, const std::string& text) {
    const fs::path p = fs::path(dir) / name;
    if (is_file(p) && read_text_file(p.string()) == text) return;
    write_text_file(p.string(), text);
    touched.push_back(name);
  };
  store_text("layout.txt", r.layout);
  store_text("text.txt", r.text);
  for (std::size_t i = 0; i < r.pages.size(); ++i) {
    const std::string name = page_file_name(static_cast<int>(i) + 1);
    const fs::path p = fs::path(dir) / name;
    if (same_png(p, r.pages[i])) continue;
    write_png(p.string(), r.pages[i]);
    touched.push_back(name);
  }
  // Pages the case no longer has: whatever page-NNN.png follows the last page.
  std::vector<std::string> stale;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    int page = 0;
    if (std::sscanf(name.c_str(), "page-%d", &page) == 1 && name == page_file_name(page) &&
        page > static_cast<int>(r.pages.size()))
      stale.push_back(name);
  }
  std::sort(stale.begin(), stale.end());
  for (const std::string& name : stale) {
    if (!fs::remove(fs::path(dir) / name, ec) || ec)
      throw Error(SourcePos{dir + "/" + name}, "cannot remove");
    touched.push_back(name + " (removed)");
  }
  return touched;
}

}  // namespace folio::golden
