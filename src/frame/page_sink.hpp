// Where composition hands its pages, one at a time, as each is finished: a long document never
// holds all its pages at once. The PDF writer is one sink; PagedDocSink keeps the pages (tests,
// the layout dump, golden renders).
#pragma once

#include <cstddef>
#include <vector>

#include "frame/frame.hpp"
#include "frame/paged_doc.hpp"

namespace folio::frame {

class PageSink {
 public:
  virtual ~PageSink() = default;
  // Page `index` (0-based), or a further part of it painted over what it already has. Pages come
  // in any order (composition gives page 1 last: its contents list needs every page number), and
  // a header or footer that shows the page count comes as a second part of each page once the
  // count is known. `fonts` and `images`: the document's font and picture tables as they are now;
  // they only grow (an entry's index never changes) and the part names only entries in them.
  virtual void add(std::size_t index, Frame part, const std::vector<FontRef>& fonts,
                   const std::vector<ImageRef>& images) = 0;
};

// Keeps every page; a later part's items are appended to the page's (a part shares the page's origin).
class PagedDocSink : public PageSink {
 public:
  void add(std::size_t index, Frame part, const std::vector<FontRef>& fonts,
           const std::vector<ImageRef>& images) override;
  // The pages, in order; throws std::logic_error when one was never given.
  std::vector<Frame> take_pages() &&;

 private:
  std::vector<Frame> pages_;
  std::vector<bool> given_;
};

}  // namespace folio::frame
