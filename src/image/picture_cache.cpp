#include "image/picture_cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "common/hash.hpp"
#include "folio/diagnostic.hpp"
#include "image/format_sniffer.hpp"
#include "image/jpeg_reader.hpp"
#include "image/png_reader.hpp"
#include "image/vector_page.hpp"

namespace folio::image {
namespace {

// No picture folio embeds comes near this; a file beyond it (a video, a disk image) is refused
// before it is read into memory.
constexpr off_t kMaxFileBytes = off_t(512) << 20;

struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

Picture decode_picture(const std::string& bytes) {
  switch (sniff_format(bytes)) {
    case Format::Jpeg:
      return read_jpeg(bytes);
    case Format::Png:
      return read_png(bytes);
    case Format::Pdf:
      return read_pdf(bytes);
  }
  throw Error(SourcePos{}, "unknown image format");  // not reached: sniff_format throws first
}

std::string read_picture_file(const std::string& path) {
  // O_NONBLOCK: a FIFO named like a picture must not wait for a writer (it is refused below).
  Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
  if (f.fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR) throw Error(SourcePos{}, "there is no file '" + path + "'");
    throw Error(SourcePos{}, "cannot read '" + path + "': " + std::strerror(errno));
  }
  struct stat st;
  if (::fstat(f.fd, &st) != 0) throw Error(SourcePos{}, "cannot read '" + path + "': " + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) throw Error(SourcePos{}, "'" + path + "' is a folder, not an image file");
  if (!S_ISREG(st.st_mode)) throw Error(SourcePos{}, "'" + path + "' is not a regular file");
  if (st.st_size > kMaxFileBytes)
    throw Error(SourcePos{}, "the file is " + std::to_string(st.st_size >> 20) + " MB, too large for a picture");
  std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
  std::size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = ::read(f.fd, bytes.data() + got, bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw Error(SourcePos{}, "cannot read '" + path + "': " + std::strerror(errno));
    if (n == 0) break;  // the file shrank meanwhile: what is there is the picture
    got += static_cast<std::size_t>(n);
  }
  bytes.resize(got);
  return bytes;
}

std::string picture_key(const std::string& bytes) {
  Fnv1a h;
  h.add(bytes);
  static const char kHex[] = "0123456789abcdef";
  std::string key;
  for (int shift = 60; shift >= 0; shift -= 4) key += kHex[(h.value() >> shift) & 0xF];
  return key + "-" + std::to_string(bytes.size());
}

PictureCache& PictureCache::shared() {
  static PictureCache* cache = new PictureCache;  // never destroyed: pictures outlive every render
  return *cache;
}

PictureRef PictureCache::load(const std::string& path) {
  std::string bytes = read_picture_file(path);
  const std::string key = picture_key(bytes);
  std::shared_ptr<Slot> slot;
  {
    std::lock_guard<std::mutex> lock(lock_);
    std::shared_ptr<Slot>& s = slots_[key];
    if (!s) s = std::make_shared<Slot>();
    slot = s;
  }
  std::lock_guard<std::mutex> lock(slot->lock);
  if (!slot->picture) {
    // A file that cannot be decoded leaves the slot empty: asking again fails again, with the
    // same message, and the error never hides behind a cached success.
    auto picture = std::make_shared<Picture>(decode_picture(bytes));
    picture->key = key;
    slot->picture = std::move(picture);
    std::lock_guard<std::mutex> count(lock_);
    ++decoded_;
  }
  return slot->picture;
}

PictureRef PictureCache::find(const std::string& key) const {
  std::shared_ptr<Slot> slot;
  {
    std::lock_guard<std::mutex> lock(lock_);
    const auto it = slots_.find(key);
    if (it == slots_.end()) return nullptr;
    slot = it->second;
  }
  std::lock_guard<std::mutex> lock(slot->lock);  // a decode under way finishes first
  return slot->picture;
}

std::size_t PictureCache::decoded() const {
  std::lock_guard<std::mutex> lock(lock_);
  return decoded_;
}

}  // namespace folio::image
