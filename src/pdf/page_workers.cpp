#include "pdf/page_workers.hpp"

#include <algorithm>

namespace folio::pdf {

PageWorkers::PageWorkers(unsigned threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  limit_ = 4 * static_cast<std::size_t>(threads);
  for (unsigned t = 1; t < threads; ++t) threads_.emplace_back([this] { work(); });
}

PageWorkers::~PageWorkers() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  for (std::thread& t : threads_) t.join();
  // Without threads, nothing was queued: run() ran each job at once.
}

void PageWorkers::run(std::function<void()> job) {
  if (threads_.empty()) {
    job();
    return;
  }
  std::unique_lock<std::mutex> lock(mutex_);
  while (queue_.size() + running_ >= limit_) {
    if (!queue_.empty())
      run_next(lock);
    else
      changed_.wait(lock);
  }
  queue_.push_back(std::move(job));
  lock.unlock();
  changed_.notify_all();
}

void PageWorkers::wait() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!queue_.empty() || running_ > 0) {
    if (!queue_.empty())
      run_next(lock);
    else
      changed_.wait(lock);
  }
}

void PageWorkers::wait_for(const std::atomic<bool>& done) {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!done.load(std::memory_order_acquire)) {
    if (!queue_.empty())
      run_next(lock);
    else
      changed_.wait(lock);
  }
}

void PageWorkers::run_next(std::unique_lock<std::mutex>& lock) {
  std::function<void()> job = std::move(queue_.front());
  queue_.pop_front();
  ++running_;
  lock.unlock();
  job();
  job = nullptr;  // what it holds (a page's frame) is freed on this thread, now
  lock.lock();
  --running_;
  changed_.notify_all();
}

void PageWorkers::work() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, and nothing left to run
    run_next(lock);
  }
}

}  // namespace folio::pdf
