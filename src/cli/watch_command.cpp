// `folio watch`: re-renders whenever the issue, its style sheet, its layout or a figure's image
// changes, so a designer sees an edit within a second of saving it. Errors are printed and the
// watch goes on.
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <set>

#include "cli/command.hpp"
#include "cli/render_outputs.hpp"

namespace folio::cli {
namespace {
namespace fs = std::filesystem;

// Editors save by writing in place or by renaming a new file over the old one: watch the
// folders and match names.
class FolderWatch {
 public:
  FolderWatch() : fd_(inotify_init1(IN_CLOEXEC | IN_NONBLOCK)) {}
  ~FolderWatch() {
    if (fd_ >= 0) close(fd_);
  }
  bool ok() const { return fd_ >= 0; }

  void watch(const std::vector<std::string>& files) {
    files_.clear();
    for (const std::string& f : files) {
      const fs::path p = fs::absolute(f).lexically_normal();
      const std::string dir = p.parent_path().string();
      const int wd = inotify_add_watch(fd_, dir.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE);
      if (wd >= 0) folders_[wd] = dir;
      files_.insert(p.string());
    }
  }

  // Blocks until a watched file changes, then waits for the burst of events to settle.
  void wait_for_change() {
    for (;;) {
      pollfd pfd{fd_, POLLIN, 0};
      poll(&pfd, 1, -1);
      if (drain() && settle()) return;
    }
  }

 private:
  bool settle() {
    pollfd pfd{fd_, POLLIN, 0};
    while (poll(&pfd, 1, 60) > 0) drain();
    return true;
  }

  // True when any event names a watched file.
  bool drain() {
    alignas(inotify_event) char buf[8192];
    bool hit = false;
    for (;;) {
      const ssize_t n = read(fd_, buf, sizeof buf);
      if (n <= 0) return hit;
      for (ssize_t i = 0; i < n;) {
        const auto* e = reinterpret_cast<const inotify_event*>(buf + i);
        if (e->len > 0 && folders_.count(e->wd) &&
            files_.count((fs::path(folders_[e->wd]) / e->name).lexically_normal().string()))
          hit = true;
        i += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
      }
    }
  }

  int fd_;
  std::map<int, std::string> folders_;
  std::set<std::string> files_;
};

struct WatchOptions {
  OutputOptions outputs;
  int max_renders = 0;  // 0: until interrupted
};

int watch_issue(const WatchOptions& options) {
  const OutputOptions& outputs = options.outputs;
  FolderWatch watch;
  if (!watch.ok()) {
    std::cerr << "folio: error: cannot watch files (inotify is not available)\n";
    return kExitFailed;
  }
  std::vector<std::string> inputs{outputs.render.input};
  for (int renders = 1;; ++renders) {
    const auto start = std::chrono::steady_clock::now();
    try {
      const RenderResult result = render_outputs(outputs);
      const auto ms =
          std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
              .count();
      for (const Diagnostic& w : result.warnings) std::cerr << w.to_string() << "\n";
      std::cerr << outputs.render.output << ": " << result.pages << (result.pages == 1 ? " page" : " pages")
                << " in " << ms << " ms\n";
      inputs = result.inputs;
    } catch (const Error& e) {
      // Keep watching what the last good render read, and the issue itself.
      print_failure(e);
    }
    if (options.max_renders > 0 && renders >= options.max_renders) return kExitDone;
    watch.watch(inputs);
    std::cerr << "watching " << inputs.size() << " files (Ctrl-C to stop)\n";
    watch.wait_for_change();
  }
}

Run add_watch(CLI::App& watch) {
  auto options = std::make_shared<WatchOptions>();
  add_output_options(watch, options->outputs);
  watch
      .add_option("--max-renders", options->max_renders,
                  "stop after N renders (default: run until interrupted)")
      ->type_name("N")
      ->check(CLI::Range(1, 1000000));
  return [options] { return watch_issue(*options); };
}

const Registration kWatch{
    "watch", "Render, and again whenever the issue, its style sheet or its layout changes", add_watch};

}  // namespace
}  // namespace folio::cli
