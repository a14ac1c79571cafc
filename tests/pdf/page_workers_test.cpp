// The worker threads run every job given, at most 4 per thread at once, and wait() returns only
// when all have run.
#include "pdf/page_workers.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>

namespace folio::pdf {
namespace {

TEST(PageWorkers, RunsEveryJobBeforeWaitReturns) {
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    std::vector<int> done(200, 0);
    PageWorkers workers(threads);
    for (std::size_t i = 0; i < done.size(); ++i) workers.run([&done, i] { done[i] += 1; });
    workers.wait();
    for (std::size_t i = 0; i < done.size(); ++i) ASSERT_EQ(done[i], 1) << "job " << i << ", " << threads << " threads";
  }
}

TEST(PageWorkers, KeepsAtMostFourJobsPerThreadInFlight) {
  std::atomic<int> in_flight{0}, most{0};
  {
    PageWorkers workers(2);
    for (int i = 0; i < 100; ++i) {
      ++in_flight;  // given, not yet finished
      workers.run([&] {
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        --in_flight;
      });
      most = std::max(most.load(), in_flight.load());
    }
    workers.wait();
  }
  EXPECT_EQ(in_flight, 0);
  EXPECT_LE(most, 9);  // 8 queued or running, and the one just given
}

TEST(PageWorkers, OneThreadRunsEachJobAtOnce) {
  PageWorkers workers(1);
  int ran = 0;
  workers.run([&] { ++ran; });
  EXPECT_EQ(ran, 1);
}

}  // namespace
}  // namespace folio::pdf
