#include "batch/progress.hpp"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <string>

#include "common/decimal.hpp"

namespace folio::batch {
namespace {

using Clock = std::chrono::steady_clock;

// Counts and rates, shared by the two styles that print while renders run.
class Counting : public Progress {
 public:
  explicit Counting(std::ostream& out) : out_(out) {}

  void started(std::size_t to_render, std::size_t) override {
    total_ = to_render;
    start_ = Clock::now();
  }
  void finished(const IssueResult& r) override {
    ++done_;
    if (r.outcome == Outcome::kRendered) pages_ += r.pages;
  }
  void stopping(int signal, std::size_t in_flight) override {
    out_ << "folio: " << signal_name(signal) << ": ";
    if (in_flight == 0)
      out_ << "stopping\n";
    else
      out_ << "finishing " << in_flight << (in_flight == 1 ? " issue" : " issues") << " in progress, then stopping\n";
  }

 protected:
  double elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

  std::ostream& out_;
  std::size_t total_ = 0, done_ = 0;
  long pages_ = 0;
  Clock::time_point start_;
};

void print_diagnostics(std::ostream& out, const IssueResult& r) {
  for (const Diagnostic& w : r.warnings) out << w.to_string() << "\n";
  if (r.outcome == Outcome::kFailed) out << r.error.to_string() << "\n";
}

class Lines : public Counting {
 public:
  using Counting::Counting;
  void finished(const IssueResult& r) override {
    Counting::finished(r);
    if (r.outcome == Outcome::kRendered)
      out_ << "[" << done_ << "/" << total_ << "] " << r.pdf_path << ": " << r.pages
           << (r.pages == 1 ? " page\n" : " pages\n");
    print_diagnostics(out_, r);
  }
  void tick() override {}
  void ended() override {}
};

class Live : public Counting {
 public:
  using Counting::Counting;
  void started(std::size_t to_render, std::size_t up_to_date) override {
    Counting::started(to_render, up_to_date);
    draw();
  }
  void finished(const IssueResult& r) override {
    Counting::finished(r);
    if (!r.warnings.empty() || r.outcome == Outcome::kFailed) {
      out_ << "\r\033[K";  // the line goes; the messages take its place and it is drawn below them
      print_diagnostics(out_, r);
      draw();
    } else {
      tick();
    }
  }
  void stopping(int signal, std::size_t in_flight) override {
    out_ << "\r\033[K";
    Counting::stopping(signal, in_flight);
    draw();
  }
  // Ten times a second is as fast as anyone reads; a fast batch would otherwise flood the terminal.
  void tick() override {
    if (Clock::now() - drawn_ >= std::chrono::milliseconds(100)) draw();
  }
  void ended() override { out_ << "\r\033[K" << std::flush; }

 private:
  void draw() {
    drawn_ = Clock::now();
    const double t = elapsed();
    out_ << "\r\033[K" << done_ << "/" << total_ << " issues, " << pages_ << " pages, ";
    if (done_ > 0 && t > 0) {
      const double rate = static_cast<double>(done_) / t;
      out_ << format_decimal(rate, 1, Zeros::Keep) << " issues/s, " << format_decimal(t, 1, Zeros::Keep) << " s elapsed, ETA "
           << format_decimal(static_cast<double>(total_ - done_) / rate, 1, Zeros::Keep) << " s";
    } else {
      out_ << format_decimal(t, 1, Zeros::Keep) << " s elapsed";
    }
    out_ << std::flush;
  }

  Clock::time_point drawn_;
};

class Quiet : public Progress {
 public:
  void started(std::size_t, std::size_t) override {}
  void finished(const IssueResult&) override {}
  void tick() override {}
  void stopping(int, std::size_t) override {}
  void ended() override {}
};

}  // namespace

std::unique_ptr<Progress> make_progress(ProgressStyle style, std::ostream& out) {
  switch (style) {
    case ProgressStyle::kLive:
      return std::make_unique<Live>(out);
    case ProgressStyle::kLines:
      return std::make_unique<Lines>(out);
    case ProgressStyle::kQuiet:
      break;
  }
  return std::make_unique<Quiet>();
}

std::string signal_name(int signal) {
  if (signal == SIGINT) return "SIGINT";
  if (signal == SIGTERM) return "SIGTERM";
  return "signal " + std::to_string(signal);
}

}  // namespace folio::batch
