// The fonts folio may use: exactly those in the bundled fonts/ folder, found through a
// Fontconfig configuration that knows no other directory. Faces load once, on first use.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "font/face.hpp"

struct _FcConfig;
struct _FcCharSet;

namespace folio::font {

class FontDb {
 public:
  // Throws folio::Error when the folder holds no usable font.
  explicit FontDb(const std::string& fonts_dir);
  ~FontDb();
  FontDb(const FontDb&) = delete;
  FontDb& operator=(const FontDb&) = delete;

  // The face of `family` closest to weight/italic; nullopt when no bundled font has that family
  // (Fontconfig itself would silently substitute another family).
  std::optional<FaceId> find(const std::string& family, int weight, bool italic) const;

  // A face that has `cp`, preferring `preferred`, then faces of similar weight/style;
  // `preferred` when none has it (it will draw .notdef).
  FaceId fallback(char32_t cp, FaceId preferred) const;

  const Face& face(FaceId id) const;          // loads it on first use (thread-safe; lock-free once loaded)
  std::vector<std::string> families() const;  // sorted, unique
  // Every font file found, sorted: what a render may read (any of them may be a fallback), so
  // what a rebuild must watch.
  std::vector<std::string> files() const;

 private:
  struct Entry {
    std::string path, family;
    int index = 0, weight = 400;
    bool italic = false;
    _FcCharSet* charset = nullptr;  // owned reference: fallback tests coverage without opening faces
  };
  std::vector<std::string> sorted_unique(std::string Entry::*field) const;  // of every entry

  _FcConfig* config_ = nullptr;
  std::vector<Entry> entries_;
  mutable std::vector<std::unique_ptr<Face>> faces_;  // owned; written under mutex_
  // The loaded faces again, for readers: face() runs for every glyph advance, too often to lock.
  std::unique_ptr<std::atomic<const Face*>[]> loaded_;
  mutable std::mutex mutex_;
};

}  // namespace folio::font
