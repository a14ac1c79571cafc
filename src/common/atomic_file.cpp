#include "common/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "folio/diagnostic.hpp"

namespace folio {
namespace {

// A name no other process or thread uses at the same time: the pid and a process-wide counter.
std::string temporary_name(const std::string& path) {
  static std::atomic<unsigned> serial{0};
  return path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(serial++);
}

// write(2) until everything is out or it fails; false with errno set on failure.
bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

StagedFile::StagedFile(std::string path, std::string_view bytes, std::string what)
    : path_(std::move(path)), what_(std::move(what)), tmp_(temporary_name(path_)) {
  const int fd = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) fail("cannot create " + tmp_, errno);
  // fsync before the rename: otherwise a crash can leave the new name pointing at no data.
  const bool written = write_all(fd, bytes) && ::fsync(fd) == 0;
  const int err = errno;
  if (::close(fd) != 0 && written) fail("writing " + tmp_ + " failed", errno);
  if (!written) fail("writing " + tmp_ + " failed", err);
}

StagedFile::~StagedFile() {
  if (!committed_) std::remove(tmp_.c_str());
}

void StagedFile::commit() {
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) fail("cannot rename " + tmp_, errno);
  committed_ = true;
}

void StagedFile::fail(const std::string& step, int err) {
  std::remove(tmp_.c_str());
  committed_ = true;  // nothing left to remove
  throw Error(SourcePos{path_}, "cannot write " + what_ + ": " + step + ": " + std::strerror(err));
}

void write_file_atomically(const std::string& path, std::string_view bytes, const std::string& what) {
  StagedFile(path, bytes, what).commit();
}

}  // namespace folio
