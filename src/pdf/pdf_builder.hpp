// Writes a PDF page by page, as composition makes the pages: each page's content stream is built
// and compressed (on worker threads, several pages ahead of the caller) as soon as it is added,
// its frame freed, and the stream written into the file a few pages later; only its links and
// anchors are kept. Fonts are subset and embedded at the end, with exactly the glyphs the pages
// drew: a glyph's code is known when its page is built (a Type0 font's code is the glyph id in
// the whole font; a colour font's codes follow first use, in the order pages are added).
// Deterministic: the same pages, added in the same order, give the same bytes on any number of
// threads (objects are numbered and written in the order pages are added).
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "font/font_db.hpp"
#include "frame/page_sink.hpp"
#include "frame/paged_doc.hpp"
#include "image/picture.hpp"
#include "pdf/color_font.hpp"
#include "pdf/glyph_usage.hpp"
#include "pdf/page_workers.hpp"

namespace PoDoFo {
class PdfObject;
class PdfStreamedDocument;
}

namespace folio::pdf {

class FontSource;

// Throws folio::Error when `path` cannot become the PDF: its folder is missing, or something
// other than a file is there (a render checks before it reads the issue, and PdfBuilder again
// when it opens the file).
void check_output_path(const std::string& path);

class PdfBuilder : public frame::PageSink {
 public:
  // Every page `width` x `height`. `threads`: pages built at once, the caller's thread included
  // (0: one per core). `fonts`: the database the pages were set with, whose faces (already open
  // and read) are subset instead of opening each file again; null to open the files. The PDF is
  // made in memory (finish). Throws folio::Error when the page size is not positive.
  PdfBuilder(Sp width, Sp height, unsigned threads = 1, const font::FontDb* fonts = nullptr);
  // The same, the PDF written as it is made into a temporary file in `path`'s folder, renamed
  // over `path` by finish_to_file: a failure, or a builder destroyed unfinished, leaves no file and
  // never replaces the one there. Throws folio::Error when `path` cannot be written.
  PdfBuilder(const std::string& path, Sp width, Sp height, unsigned threads = 1, const font::FontDb* fonts = nullptr);
  ~PdfBuilder();
  PdfBuilder(const PdfBuilder&) = delete;
  PdfBuilder& operator=(const PdfBuilder&) = delete;

  // Page `index` (0-based), in any order, or a further part of a page given before: its own
  // content stream, painted after the page's others (composition gives a footer that shows the
  // page count so, once the count is known). `fonts` and `images`: the document's font and
  // picture tables as they are now: they only grow (an entry's index never changes), and the
  // page names only entries already in them. Opens each font when a page first draws it, and
  // finds each picture when a page first shows it. Throws folio::Error for a run whose font is
  // not in `fonts`, a font file or picture that cannot be read, or more emoji than a colour font
  // can draw; an error in building the page itself is thrown by finish.
  void add_page(std::size_t index, frame::Frame page, const std::vector<frame::FontRef>& fonts,
                const std::vector<frame::ImageRef>& images);
  // frame::PageSink: add_page.
  void add(std::size_t index, frame::Frame part, const std::vector<frame::FontRef>& fonts,
           const std::vector<frame::ImageRef>& images) override {
    add_page(index, std::move(part), fonts, images);
  }

  // Embeds the fonts (subsets of exactly the glyphs the pages drew) and pictures, adds links,
  // outline and info, and returns the PDF's bytes. Throws folio::Error when a page in
  // [0, pages) was never added (or one past it was), a page could not be built (the lowest
  // such page's error), a font cannot be embedded, or PoDoFo fails. Call once.
  std::vector<char> finish(std::size_t pages, const std::vector<frame::OutlineEntry>& outline,
                           const frame::DocInfo& info);
  // The same for a PDF written to its file: it is fsynced and renamed over the path given.
  void finish_to_file(std::size_t pages, const std::vector<frame::OutlineEntry>& outline,
                      const frame::DocInfo& info);

 private:
  struct Page;
  struct Tables;

  // Copies on the first change while adding a page: the pages in flight keep the tables they
  // were given.
  Tables& edit(std::shared_ptr<Tables>& edited);
  void grow_tables(const std::vector<frame::FontRef>& fonts, const std::vector<frame::ImageRef>& images,
                   std::shared_ptr<Tables>& edited);
  void meet_fonts(const frame::Flat& page, std::shared_ptr<Tables>& edited);
  void meet_images(const frame::Flat& page, std::shared_ptr<Tables>& edited);
  void build_page(Page& page, std::size_t index, const frame::Flat& items, const Tables& tables);
  // Writes out the streams of the parts given, oldest first, until `keep` are left (waiting for
  // each to be built).
  void write_built(std::size_t keep);
  void complete(std::size_t pages, const std::vector<frame::OutlineEntry>& outline, const frame::DocInfo& info);
  void set_file_identifier(std::uint64_t content_hash);

  struct Output;
  // A part given, its stream object made, waiting to be built and written out.
  struct Pending {
    Page* part;
    PoDoFo::PdfObject* stream;
  };

  const Sp width_, height_;
  const font::FontDb* const font_db_;
  std::unique_ptr<Output> output_;
  // Written as it is made: each page's stream goes to the file once built; the page objects,
  // fonts, pictures, links and outline at the end (PoDoFo's PdfImmediateWriter).
  std::unique_ptr<PoDoFo::PdfStreamedDocument> pdf_;
  std::size_t created_ = 0;  // pages in the page tree
  std::deque<Pending> pending_;
  std::vector<frame::FontRef> fonts_;
  std::vector<std::unique_ptr<FontSource>> sources_;  // null until a page draws the font
  std::vector<ColorCodes> color_codes_;               // a colour font's, by font
  std::vector<frame::ImageRef> images_;
  std::vector<image::PictureRef> pictures_;  // null until a page shows the picture
  std::shared_ptr<const Tables> tables_;     // what the next page is built with
  std::vector<std::vector<std::unique_ptr<Page>>> pages_;  // each page's parts, in the order given
  std::mutex usage_mutex_;
  GlyphUsage usage_;
  PageWorkers workers_;  // last: destroyed (its jobs run) before what they write to
};

}  // namespace folio::pdf
