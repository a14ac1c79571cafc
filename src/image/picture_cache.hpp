// Every picture of the process, decoded once: keyed by the content hash of the file's bytes, so
// the same file named by several issues of a batch (or twice in one issue, or under two names)
// is read from disk each time but decoded once, and a file that changed is decoded again.
// Thread-safe: renders on several threads share it, and two asking for the same new picture at
// once decode it once between them.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "image/picture.hpp"

namespace folio::image {

class PictureCache {
 public:
  // The one cache of the process.
  static PictureCache& shared();

  // The picture in the file at `path`. Throws folio::Error (no position: the caller says where
  // the image is named) when the file cannot be read or is not a picture folio can use.
  PictureRef load(const std::string& path);

  // The picture decoded earlier whose key is `key`, without reading its file again; null when there
  // is none (never loaded, or its file failed to decode).
  PictureRef find(const std::string& key) const;

  // How many pictures were decoded, for the tests that check "once".
  std::size_t decoded() const;

 private:
  struct Slot {
    std::mutex lock;  // held while decoding, so a second asker waits for the first
    PictureRef picture;
  };
  mutable std::mutex lock_;
  std::map<std::string, std::shared_ptr<Slot>> slots_;
  std::size_t decoded_ = 0;
};

// The bytes of a picture file: errors say why it cannot be read (missing, a folder, no
// permission, larger than any picture folio would embed).
std::string read_picture_file(const std::string& path);

// The picture in a file's bytes, by the format they begin with (JPEG, PNG, PDF). Throws
// folio::Error (no position) for anything else or a damaged file. The cache decodes with it; so
// does the image fuzz target (fuzz/image_fuzzer.cpp).
Picture decode_picture(const std::string& bytes);

// The key of a picture with these bytes: FNV-1a-64 as 16 hex digits, then the size.
std::string picture_key(const std::string& bytes);

}  // namespace folio::image
