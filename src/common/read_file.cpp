#include "common/read_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "common/limits.hpp"
#include "folio/diagnostic.hpp"

namespace folio {

std::string read_file_within(const std::string& path, const std::string& what, std::size_t limit) {
  const auto fail = [&](const std::string& reason) -> Error {
    return Error(SourcePos{path}, "cannot read the " + what + ": " + reason);
  };
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw fail(std::strerror(errno));
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw fail("it is a folder");
  }
  // Read in steps rather than trusting st_size: a pipe or a device has none, a file may grow.
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      throw fail(std::strerror(err));
    }
    if (n == 0) break;
    if (bytes.size() + static_cast<std::size_t>(n) > limit) {
      ::close(fd);
      throw Error(SourcePos{path}, "the " + what + " is larger than " + limits::with_commas(limit) +
                                       " bytes, folio's limit (docs/limits.md)");
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return bytes;
}

}  // namespace folio
