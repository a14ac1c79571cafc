// Reading a file the user names (an issue, a style sheet, a page layout) whole, within a limit,
// so a huge file, /dev/zero or a pipe that never ends is an error rather than memory exhausted.
#pragma once

#include <cstddef>
#include <string>

namespace folio {

// The bytes of `path`. Throws folio::Error at `path`: "cannot read the <what>: <reason>" when it
// cannot be read or is a folder, and "the <what> is larger than N bytes, ..." past `limit` bytes.
std::string read_file_within(const std::string& path, const std::string& what, std::size_t limit);

}  // namespace folio
