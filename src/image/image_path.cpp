#include "image/image_path.hpp"

#include <cctype>
#include <filesystem>

#include "folio/diagnostic.hpp"

namespace folio::image {
namespace fs = std::filesystem;
namespace {

const char kAllow[] = "move it into the issue's folder, or allow it with --allow-outside-images";

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// CommonMark percent-encodes a destination's spaces and non-ASCII bytes: the file name is the
// decoded text.
std::string percent_decoded(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// "https://...", "//host/...", or a scheme that never names a local file ("data:", "http:").
bool is_url(const std::string& s) {
  if (s.rfind("//", 0) == 0) return true;
  const std::size_t colon = s.find(':');
  if (colon == std::string::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  std::string scheme;
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = s[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return s.compare(colon, 3, "://") == 0 || scheme == "http" || scheme == "https" || scheme == "ftp" ||
         scheme == "data" || scheme == "file";
}

bool inside(const fs::path& path, const fs::path& folder) {
  const fs::path rel = path.lexically_relative(folder);
  return !rel.empty() && *rel.begin() != "..";
}

}  // namespace

std::string resolve_image_path(const std::string& reference, const std::string& issue_path, bool allow_outside) {
  if (reference.empty()) throw Error(SourcePos{}, "the image has no file name: write ![caption](images/photo.jpg)");
  if (is_url(reference))
    throw Error(SourcePos{}, "it is a URL, and folio never fetches anything from the network: save the image in "
                             "the issue's folder (e.g. images/) and give its path");
  const fs::path name = fs::path(percent_decoded(reference)).lexically_normal();
  const fs::path folder = fs::path(issue_path).parent_path();
  if (name.is_absolute()) {
    if (!allow_outside) throw Error(SourcePos{}, std::string("an absolute path is outside the issue's folder: ") + kAllow);
    return name.string();
  }
  if (!allow_outside && !name.empty() && *name.begin() == "..")
    throw Error(SourcePos{}, std::string("the path leads out of the issue's folder: ") + kAllow);
  const fs::path path = folder / name;
  if (!allow_outside) {
    // A symbolic link (the file's or a folder's on the way) may point out of the folder.
    std::error_code ec;
    const fs::path real_folder = fs::weakly_canonical(fs::absolute(folder.empty() ? fs::path(".") : folder), ec);
    const fs::path real = fs::weakly_canonical(fs::absolute(path), ec);
    if (!ec && !inside(real, real_folder))
      throw Error(SourcePos{}, "the path is a symbolic link to '" + real.string() +
                                   "', outside the issue's folder: " + kAllow);
  }
  return path.string();
}

}  // namespace folio::image
