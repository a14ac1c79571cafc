// A document of positioned pages: what composition hands the backends. Every page is a
// frame (frame.hpp) with its origin at the page's top-left corner.
#pragma once

#include <string>
#include <vector>

#include "common/units.hpp"
#include "frame/frame.hpp"

namespace folio::frame {

// The file of the font a run's FontId names (the PDF writer embeds a subset of it).
struct FontRef {
  FontId id = 0;
  std::string path;
  int index = 0;  // face index inside the file
};

// The file of the picture an Image's id names (the PDF writer embeds it once, however often the
// pages show it).
struct ImageRef {
  std::string id;      // the picture's content hash (image/picture_cache.hpp)
  std::string source;  // the reference as the issue writes it: what the layout dump prints
  std::string path;    // the file
};

struct OutlineEntry {
  std::string title;
  int level = 1;
  int page = 0;  // 0-based
  Sp y = 0;
};

struct DocInfo {
  std::string title, author, subject, lang, producer, creator;
  long long creation_time = -1;  // seconds since the epoch; < 0: none written
};

struct PagedDoc {
  Sp width = 0, height = 0;  // every page
  // Every font the pages name, in the order the PDF numbers them (/F0, /F1, ...).
  std::vector<FontRef> fonts;
  // Every picture the pages show, in the order they first appear.
  std::vector<ImageRef> images;
  std::vector<Frame> pages;
  std::vector<OutlineEntry> outline;
  DocInfo info;

  // The picture `id` names; null when it is not in `images`.
  const ImageRef* image(const std::string& id) const {
    for (const ImageRef& ref : images)
      if (ref.id == id) return &ref;
    return nullptr;
  }

  // The position of font `id` in `fonts`; -1 when it is not there.
  int font_index(FontId id) const {
    for (std::size_t i = 0; i < fonts.size(); ++i)
      if (fonts[i].id == id) return static_cast<int>(i);
    return -1;
  }
};

}  // namespace folio::frame
