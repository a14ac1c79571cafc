// What folio::Resources holds: loaded on the first render that asks, then shared by every render
// given the same Resources, whatever thread it runs on.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "folio/folio.hpp"
#include "font/font_db.hpp"
#include "text/hyphenator.hpp"
#include "text/shaper.hpp"

namespace folio {

struct Resources::Shared {
  // A fonts folder (with a style's own font files) and the words shaped in its faces (face ids
  // are only meaningful in one FontDb, so each FontDb has its own cache).
  struct Fonts {
    Fonts(const std::string& fonts_dir, const std::vector<std::string>& extra_files) : db(fonts_dir, extra_files) {}
    font::FontDb db;
    text::ShapeCache shapes;
  };

  // Each loads on first use and is then kept: thread-safe, and the references stay valid as
  // long as the Resources. Throw folio::Error like FontDb and Hyphenator (nothing is kept then).
  // `extra_files`: a style sheet's `font-files`; each set of them is a FontDb of its own, so a
  // style's fonts never join another style's renders.
  Fonts& fonts(const std::string& fonts_dir, const std::vector<std::string>& extra_files = {});
  const text::Hyphenator& hyphenator(const std::string& dic_path);

 private:
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<Fonts>> fonts_;
  std::map<std::string, std::unique_ptr<text::Hyphenator>> hyphenators_;
};

}  // namespace folio
