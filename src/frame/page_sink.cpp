#include "frame/page_sink.hpp"

#include <stdexcept>
#include <string>

namespace folio::frame {

void PagedDocSink::add(std::size_t index, Frame part, const std::vector<FontRef>&, const std::vector<ImageRef>&) {
  if (index >= pages_.size()) {
    pages_.resize(index + 1);
    given_.resize(index + 1, false);
  }
  if (!given_[index]) {
    pages_[index] = std::move(part);
    given_[index] = true;
    return;
  }
  // A later part's items join the page's own, after them: the same paint order, and the same
  // layout dump, as a page assembled in one piece.
  Frame& page = pages_[index];
  for (Item& item : part.items) page.items.push_back(std::move(item));
}

std::vector<Frame> PagedDocSink::take_pages() && {
  for (std::size_t i = 0; i < given_.size(); ++i)
    if (!given_[i]) throw std::logic_error("page " + std::to_string(i + 1) + " was never composed");
  return std::move(pages_);
}

}  // namespace folio::frame
