#include "pdf/page_streams.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

#include "pdf/flate.hpp"
#include "pdf/image_drawing.hpp"

namespace folio::pdf {
namespace {

// The pages in flight: the next one any thread may build, which are built, and the first one not
// yet taken. Threads build any page within kAhead of it (so memory stays bounded); the calling
// thread takes pages in order whenever the next one is built, and builds otherwise.
class PageQueue {
 public:
  PageQueue(std::size_t count, std::size_t ahead) : slots_(count), ahead_(ahead) {}

  // The next page to build, or false when there is none (all claimed, or a page failed). Waits
  // while the next page is too far ahead of the one to be taken.
  bool claim(std::size_t& page) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return failed_ || next_ >= slots_.size() || next_ < taken_ + ahead_; });
    if (failed_ || next_ >= slots_.size()) return false;
    page = next_++;
    return true;
  }
  // Like claim, but never waits: for the taking thread, which must not block on itself.
  bool try_claim(std::size_t& page) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (failed_ || next_ >= slots_.size() || next_ >= taken_ + ahead_) return false;
    page = next_++;
    return true;
  }

  void finish(std::size_t page, PageStream stream, std::exception_ptr error) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      slots_[page].stream = std::move(stream);
      slots_[page].error = error;
      slots_[page].ready = true;
      if (error) failed_ = true;  // pages after it are not needed: the render fails
    }
    changed_.notify_all();
  }

  // Whether the next page to take is built (or a page failed); `wait`: until it is.
  bool next_ready(bool wait) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (wait) changed_.wait(lock, [&] { return failed_ || slots_[taken_].ready; });
    return failed_ || slots_[taken_].ready;
  }
  // The next page in order, once next_ready; after a failure, rethrows the exception of the
  // first page that failed.
  PageStream take() {
    std::unique_lock<std::mutex> lock(mutex_);
    if (failed_)
      for (const Slot& s : slots_)
        if (s.error) std::rethrow_exception(s.error);
    Slot& slot = slots_[taken_];
    PageStream out = std::move(slot.stream);
    slot.stream = PageStream{};
    ++taken_;
    lock.unlock();
    changed_.notify_all();
    return out;
  }
  std::size_t taken() const { return taken_; }  // only the taking thread changes it
  void stop() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      failed_ = true;
    }
    changed_.notify_all();
  }

 private:
  struct Slot {
    PageStream stream;
    std::exception_ptr error;
    bool ready = false;
  };
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<Slot> slots_;
  const std::size_t ahead_;
  std::size_t next_ = 0, taken_ = 0;
  bool failed_ = false;
};

struct PageInputs {
  const frame::PagedDoc& doc;
  const std::vector<ContentFont>& fonts;
  const std::vector<EmbeddedImage>& images;
  std::vector<frame::Frame>* release;
};

void build(PageQueue& queue, std::size_t page, const PageInputs& in) {
  PageStream out;
  std::exception_ptr error;
  try {
    {
      const frame::Flat items = frame::flatten(in.doc.pages[page]);
      PageContent content = page_content(items, in.doc.height, in.fonts);
      ImageDrawing pictures = draw_images(items, in.doc.height, in.images);
      out.navigation = page_navigation(items);
      out.content = std::move(pictures.stream) + content.stream;  // the pictures under the text
      out.fonts = std::move(content.fonts);
      out.images = std::move(pictures.images);
    }  // the Flat points into the frame: gone before the frame is
    if (in.release) (*in.release)[page] = frame::Frame{};
    out.compressed = flate(out.content);
  } catch (...) {
    error = std::current_exception();
  }
  queue.finish(page, std::move(out), error);
}

}  // namespace

void for_each_page_stream(const frame::PagedDoc& doc, const std::vector<ContentFont>& fonts,
                          const std::vector<EmbeddedImage>& images, unsigned threads,
                          const std::function<void(std::size_t, PageStream&)>& take,
                          std::vector<frame::Frame>* release) {
  const PageInputs in{doc, fonts, images, release};
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, doc.pages.size()));
  PageQueue queue(doc.pages.size(), 4 * static_cast<std::size_t>(threads));
  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < threads; ++t)
    helpers.emplace_back([&] {
      for (std::size_t page; queue.claim(page);) build(queue, page, in);
    });
  try {
    while (queue.taken() < doc.pages.size()) {
      std::size_t page;
      if (!queue.next_ready(false) && queue.try_claim(page)) {
        build(queue, page, in);
        continue;
      }
      queue.next_ready(true);
      PageStream stream = queue.take();
      take(queue.taken() - 1, stream);
    }
  } catch (...) {
    queue.stop();
    for (std::thread& t : helpers) t.join();
    throw;
  }
  for (std::thread& t : helpers) t.join();
}

}  // namespace folio::pdf
