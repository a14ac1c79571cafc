// Builds PagedDocs by hand for the PDF writer's tests: glyph ids and advances come from a
// HarfBuzz font made directly from a bundled file, independent of folio's font and text stages.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "frame/paged_doc.hpp"

namespace poppler {
class document;
}

namespace folio::pdf::test {

inline const std::string kSerif = FOLIO_SOURCE_DIR "/fonts/NotoSerif-Regular.ttf";
inline const std::string kSans = FOLIO_SOURCE_DIR "/fonts/NotoSans-Regular.ttf";
// Packaged fonts (fonts-noto-color-emoji): colour bitmaps, embedded as a Type3 font.
inline const std::string kEmoji = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf";

// Shapes UTF-8 text with HarfBuzz (default features: ligatures on). The first glyph of each
// cluster carries the cluster's text, the others "".
frame::GlyphRun shape(const std::string& font_path, const std::string& text, Sp size);

// A run of `text` shaped in `font_path`, naming font id `font`.
frame::GlyphRun make_run(const std::string& font_path, int font, const std::string& text, double size_pt);

// Adds `run` to `page` with its pen start at (x, baseline), in points.
void add_run(frame::Frame& page, frame::GlyphRun run, double x_pt, double baseline_pt);

// The run that is item `i` of `page`.
frame::GlyphRun& run_of(frame::Frame& page, std::size_t i);

// An A4 document using the serif font as font 0, with `pages` empty pages.
frame::PagedDoc a4_doc(int pages);

// poppler reads the bytes in place, so they live as long as the document.
struct Reader {
  std::vector<char> bytes;
  std::unique_ptr<poppler::document> doc;
  ~Reader();
};
std::unique_ptr<Reader> read(std::vector<char> pdf);

// The page's text as poppler extracts it, without the trailing "\n\f" it appends.
std::string page_text(const poppler::document& doc, int page);

}  // namespace folio::pdf::test
