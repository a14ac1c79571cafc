// The fonts folio may use: those in the bundled fonts/ folder, the Debian font files that
// fonts/packaged-fonts.txt names, and a style sheet's own font files, found through a Fontconfig
// configuration that knows no other font (font_config.hpp). Faces load once, on first use: a
// face only a fallback needs (a 20 MB CJK collection) is opened when a character asks for it.
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
  // `extra_files`: font files that join the others for this database only (a style sheet's
  // `font-files:`). Throws folio::Error when the folder holds no usable font or an extra file
  // is not a font.
  explicit FontDb(const std::string& fonts_dir, const std::vector<std::string>& extra_files = {});
  ~FontDb();
  FontDb(const FontDb&) = delete;
  FontDb& operator=(const FontDb&) = delete;

  // The face of `family` closest to weight/italic; nullopt when no known font has that family
  // (Fontconfig itself would silently substitute another family).
  std::optional<FaceId> find(const std::string& family, int weight, bool italic) const;

  // The faces of `families` closest to weight/italic, in that order, skipping families no font
  // has: a span's fallback order (a serif body's is serif CJK, Arabic, Hebrew, symbols, emoji).
  std::vector<FaceId> chain(const std::vector<std::string>& families, int weight, bool italic) const;

  // The face that draws `cp`: `preferred` when it has it, else the first face of `order` that
  // has it, else any face with it, the most like `preferred`; `preferred` when none has it (it
  // will draw .notdef). `emoji`: the text asks for emoji presentation (a default-emoji
  // character, or one followed by U+FE0F), so colour faces come first.
  FaceId fallback(char32_t cp, FaceId preferred, const std::vector<FaceId>& order = {}, bool emoji = false) const;

  // Whether any face has `cp`; whether face `id` has it (neither opens a face).
  bool covers(char32_t cp) const;
  bool has(FaceId id, char32_t cp) const;
  // Whether the face draws colour bitmaps (an emoji font), known without opening it.
  bool is_color(FaceId id) const;

  const Face& face(FaceId id) const;          // loads it on first use (thread-safe; lock-free once loaded)
  std::vector<std::string> families() const;  // sorted, unique
  // Every font file found, sorted: what a render may read (any of them may be a fallback), so
  // what a rebuild must watch.
  std::vector<std::string> files() const;
  // The file (and face index in it) of a face, without opening it.
  const std::string& path(FaceId id) const { return entry(id).path; }
  int index(FaceId id) const { return entry(id).index; }

 private:
  struct Entry {
    std::string path, family;
    int index = 0, weight = 400;
    bool italic = false, color = false;
    _FcCharSet* charset = nullptr;  // owned reference: fallback tests coverage without opening faces
  };
  const Entry& entry(FaceId id) const;
  std::vector<std::string> sorted_unique(std::string Entry::*field) const;  // of every entry

  _FcConfig* config_ = nullptr;
  std::vector<Entry> entries_;
  mutable std::vector<std::unique_ptr<Face>> faces_;  // owned; written under mutex_
  // The loaded faces again, for readers: face() runs for every glyph advance, too often to lock.
  std::unique_ptr<std::atomic<const Face*>[]> loaded_;
  mutable std::mutex mutex_;
};

}  // namespace folio::font
