// Ctrl-C (SIGINT) and SIGTERM during a batch: instead of killing the process halfway through
// writing files, a signal sets a flag that run_batch polls between issues.
#pragma once

#include <atomic>
#include <csignal>

namespace folio::batch {

// While one exists, SIGINT and SIGTERM store their number in flag(); the handlers the process
// had come back when it is destroyed. One at a time.
class StopOnSignals {
 public:
  StopOnSignals();
  ~StopOnSignals();
  StopOnSignals(const StopOnSignals&) = delete;
  StopOnSignals& operator=(const StopOnSignals&) = delete;

  const std::atomic<int>& flag() const;

 private:
  struct sigaction old_int_, old_term_;
};

}  // namespace folio::batch
