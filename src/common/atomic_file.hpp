// Writing a file so that nobody ever sees half of it: readers (and a crash, a full disk, a
// kill -9) find either the old file or the whole new one.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace folio {

// The bytes of a file written to a uniquely named temporary file in the target's folder (same
// file system, so the rename is atomic; unique per process and call, so concurrent writers never
// share one) and fsynced, waiting for commit() to rename it over the target. Destroyed without
// commit(), it removes the temporary file and the target is untouched. This lets a job stage
// several files and commit them only when all of them were written.
class StagedFile {
 public:
  // Throws folio::Error at `path`: "cannot write <what>: <step>: <reason>".
  StagedFile(std::string path, std::string_view bytes, std::string what);
  // The same, the bytes written by `write` to the stream it is given (a large file made piece by
  // piece need not be held in memory whole). An exception from `write` removes the temporary
  // file and goes on.
  StagedFile(std::string path, const std::function<void(std::ostream&)>& write, std::string what);
  // The temporary file made and left open: write it through stream(), which can seek back over
  // what is written (a PDF writer does), then close() it (flushed and fsynced), then commit().
  StagedFile(std::string path, std::string what);
  std::ostream& stream();
  // Up to `length` bytes written through stream() from `offset` on (what is written so far is
  // flushed first).
  std::string read_back(std::size_t offset, std::size_t length);
  void close();  // throws folio::Error like the constructor
  // Throws folio::Error like close() when writing through stream() has failed (a full disk).
  void check();
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;
  ~StagedFile();

  void commit();  // renames into place; throws folio::Error like the constructor

 private:
  // Creates the temporary file, has `write` fill it (false: failed, errno says why), fsyncs it.
  void stage(const std::function<bool(int fd)>& write);
  [[noreturn]] void fail(const std::string& step, int err);

  struct Open;  // the file while it is written through stream()

  std::string path_, what_, tmp_;
  bool committed_ = false;
  std::unique_ptr<Open> open_;
};

// Stages and commits at once.
void write_file_atomically(const std::string& path, std::string_view bytes, const std::string& what);

}  // namespace folio
