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
  pos_type seekoff(off_type off, std::ios_base::seekdir dir, std::ios_base::openmode) override {
    if (!flush()) return pos_type(off_type(-1));
    const int whence = dir == std::ios_base::beg ? SEEK_SET : dir == std::ios_base::cur ? SEEK_CUR : SEEK_END;
    const off_t at = ::lseek(fd_, static_cast<off_t>(off), whence);
    if (at < 0) error_ = errno;
    return at < 0 ? pos_type(off_type(-1)) : pos_type(static_cast<off_type>(at));
  }
  pos_type seekpos(pos_type pos, std::ios_base::openmode which) override {
    return seekoff(off_type(pos), std::ios_base::beg, which);
  }

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

struct StagedFile::Open {
  explicit Open(int fd) : fd(fd), buffer(fd), out(&buffer) {}
  int fd;
  FdBuffer buffer;
  std::ostream out;
};

StagedFile::StagedFile(std::string path, std::string what)
    : path_(std::move(path)), what_(std::move(what)), tmp_(temporary_name(path_)) {
  const int fd = ::open(tmp_.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) fail("cannot create " + tmp_, errno);
  open_ = std::make_unique<Open>(fd);
}

std::ostream& StagedFile::stream() { return open_->out; }

std::string StagedFile::read_back(std::size_t offset, std::size_t length) {
  open_->out.flush();
  std::string out(length, '\0');
  const ssize_t n = ::pread(open_->fd, out.data(), length, static_cast<off_t>(offset));
  out.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  return out;
}

void StagedFile::check() {
  // The stream stays open: its writer may still write (and fail) until it is destroyed.
  if (const int err = open_->buffer.error()) fail("writing " + tmp_ + " failed", err);
}

void StagedFile::close() {
  open_->out.flush();
  int err = open_->buffer.error();
  // fsync before the rename: otherwise a crash can leave the new name pointing at no data.
  if (err == 0 && ::fsync(open_->fd) != 0) err = errno;
  if (::close(open_->fd) != 0 && err == 0) err = errno;
  open_.reset();
  if (err != 0) fail("writing " + tmp_ + " failed", err);
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
  if (open_) ::close(open_->fd);
  if (!committed_) std::remove(tmp_.c_str());
}

void StagedFile::commit() {
  if (open_) close();
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
