#include "compose/paragraph_queue.hpp"

#include <algorithm>

namespace folio::compose {

ParagraphQueue::ParagraphQueue(GalleyBuilder galley, const para::ParagraphBuilder& builder, unsigned threads)
    : galley_(std::move(galley)), builder_(builder) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
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
    jobs_.push_back(Job{std::move(spec), std::move(then), {}, nullptr});
  }
  queued_.notify_one();
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
  ++running_;
  lock.unlock();
  try {
    job.lines = builder_.build(job.spec);
  } catch (...) {
    job.error = std::current_exception();
  }
  job.spec = {};  // its text and styles are no longer needed
  lock.lock();
  --running_;
  finished_.notify_all();
  return true;
}

void ParagraphQueue::flush() {
  std::deque<Job> jobs;
  {
    std::unique_lock<std::mutex> lock(mutex_);
    while (run_next(lock)) {
    }
    finished_.wait(lock, [this] { return running_ == 0; });
    jobs.swap(jobs_);
    next_ = 0;
  }
  // The first failure in document order is the one a paragraph-by-paragraph composition meets.
  for (Job& job : jobs) {
    if (job.error) std::rethrow_exception(job.error);
    job.then(std::move(job.lines), galley_);
  }
}

}  // namespace folio::compose
