#include "common/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <streambuf>

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

namespace {

// An ostream's buffer writing to a file descriptor, remembering the first error (errno).
class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!flush()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return flush() ? 0 : -1; }

 private:
  bool flush() {
    if (error_ == 0 && !write_all(fd_, std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase()))))
      error_ = errno;
    setp(buffer_, buffer_ + sizeof buffer_);
    return error_ == 0;
  }

  int fd_;
  int error_ = 0;
  char buffer_[1 << 16];
};

}  // namespace

StagedFile::StagedFile(std::string path, std::string_view bytes, std::string what)
    : path_(std::move(path)), what_(std::move(what)), tmp_(temporary_name(path_)) {
  stage([&](int fd) { return write_all(fd, bytes); });
}

StagedFile::StagedFile(std::string path, const std::function<void(std::ostream&)>& write, std::string what)
    : path_(std::move(path)), what_(std::move(what)), tmp_(temporary_name(path_)) {
  stage([&](int fd) {
    FdBuffer buffer(fd);
    std::ostream out(&buffer);
    write(out);
    out.flush();
    errno = buffer.error();
    return errno == 0;
  });
}

void StagedFile::stage(const std::function<bool(int fd)>& write) {
  const int fd = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) fail("cannot create " + tmp_, errno);
  bool written = false;
  try {
    // fsync before the rename: otherwise a crash can leave the new name pointing at no data.
    written = write(fd) && ::fsync(fd) == 0;
  } catch (...) {
    ::close(fd);
    std::remove(tmp_.c_str());  // the destructor of an object whose constructor threw never runs
    throw;
  }
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
