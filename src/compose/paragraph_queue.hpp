// The body's paragraphs set on several threads, their lines handed to the galley in document
// order. Setting a paragraph is a pure function of its ParagraphSpec (the shape cache, fonts and
// hyphenation patterns are shared safely), and it is most of composing a long issue; the
// galley's vertical rules (spacing, widows, notes) are not, and run on the calling thread, each
// paragraph's in its turn. So the lines, and the PDF, are the same on any number of threads.
// Only a window of paragraphs is set ahead of the galley, so a long issue's lines never wait all
// at once for their turn: pages made meanwhile take them (`Grew`).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "compose/galley.hpp"
#include "frame/frame.hpp"
#include "para/paragraph_builder.hpp"

namespace folio::compose {

class ParagraphQueue {
 public:
  using Then = std::function<void(std::vector<frame::Frame> lines, GalleyBuilder& galley)>;
  // Called on the calling thread after each paragraph's `then` has put it in the galley.
  using Grew = std::function<void(GalleyBuilder& galley)>;

  // Sets paragraphs on up to `threads` threads, the calling thread one of them (0: one per core).
  ParagraphQueue(GalleyBuilder galley, const para::ParagraphBuilder& builder, unsigned threads, Grew grew = {});
  ~ParagraphQueue();
  ParagraphQueue(const ParagraphQueue&) = delete;
  ParagraphQueue& operator=(const ParagraphQueue&) = delete;

  // Starts setting `spec`; `then` gets its lines and the galley once every paragraph queued
  // before it has had its turn. Runs the `then`s of paragraphs already set, and waits for the
  // oldest when more than a window of them are queued.
  void set(para::ParagraphSpec spec, Then then);
  // The galley with every queued paragraph in it: for what goes into it directly (a table).
  GalleyBuilder& galley();
  // The galley as the `then`s have left it, without waiting for queued paragraphs.
  GalleyBuilder& galley_so_far() { return galley_; }
  Galley finish() &&;

 private:
  struct Job {
    para::ParagraphSpec spec;
    Then then;
    std::vector<frame::Frame> lines;
    std::exception_ptr error;
    bool done = false;
  };

  void work();  // a worker thread: sets jobs until the queue stops
  // Sets the first job no thread has started, if there is one (`lock` held on mutex_).
  bool run_next(std::unique_lock<std::mutex>& lock);
  // Runs the `then`s of the set jobs at the front, in order, while more than `keep` jobs are
  // queued setting (and waiting for) the oldest.
  void sequence(std::size_t keep);
  void flush() { sequence(0); }  // every job set and its `then` run

  GalleyBuilder galley_;
  const para::ParagraphBuilder& builder_;
  Grew grew_;
  std::size_t window_ = 0;  // how many paragraphs may be queued ahead of the galley
  std::mutex mutex_;
  std::condition_variable queued_, finished_;
  std::deque<Job> jobs_;  // a deque: workers hold references to jobs while more are queued
  std::size_t next_ = 0;  // the first job no thread has started
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace folio::compose
