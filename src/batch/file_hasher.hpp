// Content hashes of the files renders read, each file read once per batch however many issues
// depend on it (the fonts: all of them).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace folio::batch {

// An absolute, lexically normal path: one name per file for the manifest and the memo.
std::string normal_path(const std::string& path);

class FileHasher {
 public:
  // FNV-1a-64 of the file's bytes as 16 hex digits; "" when it cannot be read (a dependency
  // that disappeared has changed). `path` must be a normal_path. Thread-safe: a file asked for
  // by several threads at once is still read once.
  std::string hash(const std::string& path);

 private:
  struct Entry {
    std::once_flag once;
    std::string hash;
  };
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<Entry>> entries_;
};

// The same hash of one file, read now.
std::string hash_file(const std::string& path);

// 16 lowercase hex digits: how the manifest writes a hash.
std::string hex64(std::uint64_t value);

}  // namespace folio::batch
