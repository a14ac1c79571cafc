#include "batch/runner.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "batch/freshness.hpp"
#include "common/parallel_for.hpp"
#include "folio/folio.hpp"

namespace folio::batch {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Everything the workers share; each issue's result and record are written by one worker only.
struct Work {
  Work(const BatchOptions& o, const RenderSettings& s, FileHasher& h, std::vector<IssueResult>& res,
       std::vector<std::optional<Record>>& rec)
      : options(o), settings(s), hashes(h), results(res), records(rec) {}

  const BatchOptions& options;
  const RenderSettings& settings;
  FileHasher& hashes;
  std::vector<IssueResult>& results;
  std::vector<std::optional<Record>>& records;
  std::vector<std::size_t> todo;  // indexes into results
  std::atomic<std::size_t> next{0};

  std::mutex mutex;  // guards the three below
  std::condition_variable changed;
  std::vector<std::size_t> finished;  // not yet passed to Progress
  unsigned working = 0;               // workers still running
};

// The folder the issue was found under: the folder named to the batch, or a named file's own.
std::string root_of(const IssueFile& issue) {
  std::filesystem::path root(issue.path);
  const std::filesystem::path relative(issue.relative);
  for (auto it = relative.begin(); it != relative.end(); ++it) root = root.parent_path();
  return root.empty() ? "." : root.string();
}

// `resources`: the ones this worker renders with; null for none kept between renders.
void render_issue(Work& work, std::size_t i, Resources* resources) {
  IssueResult& r = work.results[i];
  const Clock::time_point start = Clock::now();
  try {
    RenderOptions options;
    options.input = r.issue.path;
    options.output = r.pdf_path;
    options.data_dir = work.options.data_dir;
    options.files_root = root_of(r.issue);  // an archive's issues may share styles/ in it
    options.allow_outside_images = work.options.allow_outside_images;
    options.threads = 1;  // the workers are the batch's parallelism
    RenderResult result = resources ? render(options, *resources) : render(options);
    r.pages = result.pages;
    r.warnings = std::move(result.warnings);
    work.records[i] = record_of(normal_path(r.issue.path), result, r.pdf_path, work.settings, work.hashes);
    r.outcome = Outcome::kRendered;
  } catch (const Error& e) {
    r.outcome = Outcome::kFailed;
    r.error = e.diagnostic();
  } catch (const std::exception& e) {  // a file system error, out of memory: still this issue's alone
    r.outcome = Outcome::kFailed;
    r.error = Diagnostic{Severity::Error, SourcePos{r.issue.path}, e.what()};
  }
  r.seconds = seconds_since(start);
}

void worker(Work& work, Resources* resources, const std::atomic<int>& stop) {
  while (stop.load() == 0) {
    const std::size_t k = work.next++;
    if (k >= work.todo.size()) break;
    render_issue(work, work.todo[k], resources);
    std::lock_guard<std::mutex> lock(work.mutex);
    work.finished.push_back(work.todo[k]);
    work.changed.notify_one();
  }
  std::lock_guard<std::mutex> lock(work.mutex);
  --work.working;
  work.changed.notify_one();
}

// The calling thread reports progress while the workers render.
void render_all(Work& work, Progress& progress, const std::atomic<int>& stop) {
  unsigned threads =
      work.options.jobs ? work.options.jobs : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, work.todo.size()));
  using Sharing = BatchOptions::Sharing;
  const Sharing sharing = work.options.sharing;
  std::vector<std::unique_ptr<Resources>> resources(sharing == Sharing::kProcess  ? 1
                                                    : sharing == Sharing::kWorker ? threads
                                                                                  : 0);
  for (auto& r : resources) r = std::make_unique<Resources>();
  work.working = threads;
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) {
    Resources* mine = resources.empty() ? nullptr : resources[t % resources.size()].get();
    pool.emplace_back(worker, std::ref(work), mine, std::cref(stop));
  }

  bool told_stop = false;
  std::unique_lock<std::mutex> lock(work.mutex);
  for (;;) {
    work.changed.wait_for(lock, std::chrono::milliseconds(100));
    std::vector<std::size_t> finished;
    finished.swap(work.finished);
    const unsigned working = work.working;
    lock.unlock();
    for (std::size_t i : finished) progress.finished(work.results[i]);
    if (stop.load() != 0 && !told_stop) {
      progress.stopping(stop.load(), working);
      told_stop = true;
    }
    if (working == 0) break;
    progress.tick();
    lock.lock();
  }
  for (std::thread& t : pool) t.join();
}

// The shard's own manifest: what it held that still describes the PDF on disk, updated with
// this run. A failed issue keeps its record: its old PDF is still the render of those inputs.
void update_manifest(const BatchOptions& options, const std::vector<IssueResult>& results,
                     std::vector<std::optional<Record>>& records) {
  const std::string path = manifest_path(options.out_dir, options.shard);
  const Records old = read_manifest(path);
  Records updated;
  for (const auto& [pdf, record] : old)
    if (stamp_of((fs::path(options.out_dir) / pdf).string()) == record.pdf) updated.emplace(pdf, record);
  for (std::size_t i = 0; i < results.size(); ++i)
    if (records[i]) updated[results[i].issue.pdf] = std::move(*records[i]);
  if (updated != old) write_manifest(path, updated);  // a run that changed nothing writes nothing
}

// Every file the records of these issues name, hashed on all the batch's threads before the
// records are checked one by one: the fonts alone (the CJK collections) are some 170 MB, and
// hashing them on one thread was most of a batch in which nothing changed (bench/README.md).
void hash_recorded_inputs(const Records& current, const std::vector<IssueResult>& issues, unsigned jobs,
                          FileHasher& hashes) {
  std::set<std::string> paths;
  for (const IssueResult& r : issues) {
    const auto found = current.find(r.issue.pdf);
    if (found != current.end())
      for (const auto& entry : found->second.inputs) paths.insert(entry.first);
  }
  const std::vector<std::string> todo(paths.begin(), paths.end());
  parallel_for(todo.size(), jobs, [&](std::size_t i) { hashes.hash(todo[i]); });
}

}  // namespace

BatchReport run_batch(const std::vector<IssueFile>& issues, const BatchOptions& options, Progress& progress,
                      const std::atomic<int>& stop) {
  const Clock::time_point start = Clock::now();
  BatchReport report;
  report.out_dir = options.out_dir;
  report.shard = options.shard;
  for (const IssueFile& issue : issues)
    if (in_shard(issue.relative, options.shard)) {
      IssueResult r;
      r.issue = issue;
      r.pdf_path = (fs::path(options.out_dir) / issue.pdf).string();
      report.issues.push_back(std::move(r));
    }

  const RenderSettings settings = current_settings(options.data_dir, options.allow_outside_images);
  FileHasher hashes;
  std::vector<std::optional<Record>> records(report.issues.size());
  Work work{options, settings, hashes, report.issues, records};
  const Records current = options.force ? Records{} : read_current_records(options.out_dir);
  hash_recorded_inputs(current, report.issues, options.jobs, hashes);
  std::set<fs::path> folders;
  for (std::size_t i = 0; i < report.issues.size(); ++i) {
    IssueResult& r = report.issues[i];
    const auto found = current.find(r.issue.pdf);
    const std::string issue_path = normal_path(r.issue.path);
    if (found != current.end() && up_to_date(found->second, issue_path, settings, hashes)) {
      r.outcome = Outcome::kUpToDate;
      r.pages = found->second.pages;
      records[i] = found->second;
    } else {
      // Hashed before its render reads it: an edit saved meanwhile makes the record stale (the
      // issue renders again next time) instead of describing a PDF made from the old text.
      hashes.hash(issue_path);
      work.todo.push_back(i);
      folders.insert(fs::path(r.pdf_path).parent_path());
    }
  }
  for (const fs::path& folder : folders) {
    std::error_code ec;  // a folder that cannot be made fails its issues' renders, with the reason
    fs::create_directories(folder, ec);
  }

  progress.started(work.todo.size(), report.issues.size() - work.todo.size());
  if (!work.todo.empty()) render_all(work, progress, stop);
  report.signal = stop.load();
  update_manifest(options, report.issues, records);
  report.wall_seconds = seconds_since(start);
  progress.ended();
  return report;
}

}  // namespace folio::batch
