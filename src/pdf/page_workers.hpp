// The threads that build pages' content streams while the caller goes on composing (or adding)
// pages: the part of writing a PDF that grows with the page count. Each job is a pure function
// of its page, so what is built is the same on any number of threads.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace folio::pdf {

class PageWorkers {
 public:
  // `threads` builders (0: one per core), the calling thread included: 1 runs every job on the
  // calling thread as it is given.
  explicit PageWorkers(unsigned threads);
  PageWorkers(const PageWorkers&) = delete;
  PageWorkers& operator=(const PageWorkers&) = delete;
  ~PageWorkers();  // runs the jobs still queued, then joins

  // Queues `job` (which must not throw: it keeps its own error). While 4 jobs per thread are
  // queued or running, the caller runs queued ones itself: pages in flight, and their frames,
  // stay a bounded number however long the document.
  void run(std::function<void()> job);
  // Returns when every job given has run, the caller running queued ones meanwhile.
  void wait();
  // Returns when `done` is true (a job sets it, last), the caller running queued jobs meanwhile.
  void wait_for(const std::atomic<bool>& done);

 private:
  void work();
  // Runs the next queued job with `lock` released; `lock` held again on return.
  void run_next(std::unique_lock<std::mutex>& lock);

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::function<void()>> queue_;
  std::size_t running_ = 0;
  std::size_t limit_ = 1;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace folio::pdf
