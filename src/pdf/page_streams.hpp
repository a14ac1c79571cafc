// Every page's content stream, built and compressed on several threads: the part of writing a
// PDF that grows with the page count. Each page is a pure function of its frame, so the result
// is the same on any number of threads.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "frame/paged_doc.hpp"
#include "pdf/content_stream.hpp"
#include "pdf/image_xobjects.hpp"
#include "pdf/navigation.hpp"

namespace folio::pdf {

struct PageStream {
  std::string content;     // the operators, uncompressed (the content hash reads them)
  std::string compressed;  // flate(content)
  std::vector<int> fonts;  // as PageContent::fonts
  std::vector<int> images;  // as ImageDrawing::images: the XObjects it draws
  PageNavigation navigation;  // its links and anchors
};

// `images`: every picture of doc.images, embedded (the pages draw them under their text).
// Calls take(i, stream) for every page i of doc, in order, on the calling thread, while up to
// `threads` threads (0: one per core), this one included, build and compress pages ahead of it:
// at most 4 per thread, so the streams held at once do not grow with the page count. When a
// page cannot be built, rethrows its exception (the lowest such page among those built).
// With `release` (doc.pages itself), each page's frame is freed by the thread that built it, as
// soon as it has: a long document's frames are most of its memory, and freeing them one by one
// at the end took as long as building a tenth of the pages.
void for_each_page_stream(const frame::PagedDoc& doc, const std::vector<ContentFont>& fonts,
                          const std::vector<EmbeddedImage>& images, unsigned threads,
                          const std::function<void(std::size_t, PageStream&)>& take,
                          std::vector<frame::Frame>* release = nullptr);

}  // namespace folio::pdf
