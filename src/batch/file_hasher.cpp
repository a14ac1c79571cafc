#include "batch/file_hasher.hpp"

#include <cinttypes>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "common/hash.hpp"

namespace folio::batch {

std::string normal_path(const std::string& path) {
  std::error_code ec;
  return std::filesystem::absolute(path, ec).lexically_normal().string();
}

std::string hash_file(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return "";
  Fnv1a h;
  std::vector<char> buf(1 << 16);
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), f)) > 0) h.add(buf.data(), n);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return "";
  return hex64(h.value());
}

std::string hex64(std::uint64_t value) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016" PRIx64, value);
  return hex;
}

std::string FileHasher::hash(const std::string& path) {
  Entry* entry = nullptr;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    std::unique_ptr<Entry>& slot = entries_[path];
    if (!slot) slot = std::make_unique<Entry>();
    entry = slot.get();
  }
  // Outside the lock: other files hash meanwhile; callers of this one wait for the first.
  std::call_once(entry->once, [&] { entry->hash = hash_file(path); });
  return entry->hash;
}

}  // namespace folio::batch
