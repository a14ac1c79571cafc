#include "batch/interrupt.hpp"

namespace folio::batch {
namespace {

std::atomic<int> received{0};  // lock-free, so a signal handler may store into it
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void on_signal(int signal) { received.store(signal); }

}  // namespace

StopOnSignals::StopOnSignals() {
  received.store(0);
  struct sigaction action = {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;  // file writes in flight go on; the workers look at the flag
  sigaction(SIGINT, &action, &old_int_);
  sigaction(SIGTERM, &action, &old_term_);
}

StopOnSignals::~StopOnSignals() {
  sigaction(SIGINT, &old_int_, nullptr);
  sigaction(SIGTERM, &old_term_, nullptr);
}

const std::atomic<int>& StopOnSignals::flag() const { return received; }

}  // namespace folio::batch
