#include "pdf/page_streams.hpp"

#include <algorithm>
#include <thread>

#include "common/parallel_for.hpp"
#include "pdf/flate.hpp"

namespace folio::pdf {

void for_each_page_stream(const frame::PagedDoc& doc, const std::vector<ContentFont>& fonts, unsigned threads,
                          const std::function<void(std::size_t, PageStream&)>& take) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  // Enough pages per batch that waiting for the slowest page of each costs little.
  const std::size_t batch = 8 * static_cast<std::size_t>(threads);
  std::vector<PageStream> streams(std::min(batch, doc.pages.size()));
  for (std::size_t first = 0; first < doc.pages.size(); first += batch) {
    const std::size_t count = std::min(batch, doc.pages.size() - first);
    parallel_for(count, threads, [&](std::size_t k) {
      PageContent content = page_content(doc.pages[first + k], doc.height, fonts);
      streams[k].compressed = flate(content.stream);
      streams[k].content = std::move(content.stream);
      streams[k].fonts = std::move(content.fonts);
    });
    for (std::size_t k = 0; k < count; ++k) {
      take(first + k, streams[k]);
      streams[k] = PageStream{};
    }
  }
}

}  // namespace folio::pdf
