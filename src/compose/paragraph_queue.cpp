#include "compose/paragraph_queue.hpp"

#include <algorithm>

namespace folio::compose {

namespace {
// Paragraphs queued ahead of the galley per thread: enough that no thread waits for work at the
// window's edge, few enough that their lines are a small part of a page's.
constexpr std::size_t kAheadPerThread = 16;
}  // namespace

ParagraphQueue::ParagraphQueue(GalleyBuilder galley, const para::ParagraphBuilder& builder, unsigned threads,
                               Grew grew)
    : galley_(std::move(galley)), builder_(builder), grew_(std::move(grew)) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  window_ = kAheadPerThread * threads;
  for (unsigned t = 1; t < threads; ++t) workers_.emplace_back([this] { work(); });
}

ParagraphQueue::~ParagraphQueue() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  queued_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void ParagraphQueue::set(para::ParagraphSpec spec, Then then) {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    jobs_.push_back(Job{std::move(spec), std::move(then), {}, nullptr, false});
  }
  queued_.notify_one();
  sequence(window_);
}

GalleyBuilder& ParagraphQueue::galley() {
  flush();
  return galley_;
}

Galley ParagraphQueue::finish() && {
  flush();
  return std::move(galley_).finish();
}

void ParagraphQueue::work() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    queued_.wait(lock, [this] { return stopping_ || next_ < jobs_.size(); });
    if (stopping_) return;
    run_next(lock);
  }
}

bool ParagraphQueue::run_next(std::unique_lock<std::mutex>& lock) {
  if (next_ == jobs_.size()) return false;
  Job& job = jobs_[next_++];
  lock.unlock();
  try {
    job.lines = builder_.build(job.spec);
  } catch (...) {
    job.error = std::current_exception();
  }
  job.spec = {};  // its text and styles are no longer needed
  lock.lock();
  job.done = true;
  finished_.notify_all();
  return true;
}

void ParagraphQueue::sequence(std::size_t keep) {
  for (;;) {
    Job job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      if (jobs_.empty() || (!jobs_.front().done && jobs_.size() <= keep)) return;
      if (!jobs_.front().done) {
        // Help with the oldest jobs rather than wait idle; then wait for the front one.
        if (!run_next(lock)) finished_.wait(lock, [this] { return jobs_.front().done; });
        continue;
      }
      job = std::move(jobs_.front());
      jobs_.pop_front();  // started, so next_ > 0
      --next_;
    }
    // The first failure in document order is the one a paragraph-by-paragraph composition meets.
    if (job.error) std::rethrow_exception(job.error);
    job.then(std::move(job.lines), galley_);
    if (grew_) grew_(galley_);
  }
}

}  // namespace folio::compose
