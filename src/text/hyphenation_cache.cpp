#include "text/hyphenation_cache.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string_view>

#include "common/atomic_file.hpp"
#include "common/cache_dir.hpp"
#include "common/hash.hpp"
#include "folio/diagnostic.hpp"

namespace folio::text {
namespace {

constexpr std::string_view kHeader = "folio hyphenation cache 2";
// The last line: "checksum " and the FNV-1a-64 of every byte before it, in 16 hex digits. A file cut
// short, overwritten in part or damaged on disk fails it, and is then ignored: every word is
// hyphenated afresh, so a bad file costs time and never changes the output.
constexpr std::string_view kChecksum = "checksum ";
// Far beyond any dictionary's words (a few MB); a larger file is not ours, and not read.
constexpr std::uintmax_t kMaxCacheBytes = 64u << 20;

std::uint64_t fnv1a(std::string_view s) {
  Fnv1a h;
  h.add(s);
  return h.value();
}

std::string hex16(std::uint64_t v) {
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(v));
  return out;
}

// "word<TAB>2,5,7": the points strictly increasing and inside the word; none after the tab
// for a word without any.
bool parse_line(std::string_view line, std::string& word, std::vector<std::size_t>& points) {
  const std::size_t tab = line.find('\t');
  if (tab == std::string_view::npos || tab == 0) return false;
  word.assign(line.substr(0, tab));
  points.clear();
  std::string_view rest = line.substr(tab + 1);
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    const std::string_view number = rest.substr(0, comma);
    if (number.empty() || number.size() > 4) return false;
    std::size_t value = 0;
    for (char c : number) {
      if (c < '0' || c > '9') return false;
      value = value * 10 + static_cast<std::size_t>(c - '0');
    }
    if (value == 0 || value >= word.size() || (!points.empty() && value <= points.back())) return false;
    points.push_back(value);
    if (comma == std::string_view::npos) break;
    rest = rest.substr(comma + 1);
    if (rest.empty()) return false;  // a trailing comma: a cut-off line
  }
  return true;
}

}  // namespace

std::string hyphenation_cache_path(const std::string& dic_path) {
  const std::string dir = cache_dir();
  struct stat st;
  if (dir.empty() || ::stat(dic_path.c_str(), &st) != 0) return "";
  const long long mtime_ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
  char id[80];
  std::snprintf(id, sizeof id, "-%016llx-%lld-%lld.txt", static_cast<unsigned long long>(fnv1a(dic_path)),
                static_cast<long long>(st.st_size), mtime_ns);
  return dir + "/hyphenation-" + std::filesystem::path(dic_path).stem().string() + id;
}

WordPoints read_hyphenation_cache(const std::string& path) {
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec || size > kMaxCacheBytes) return {};
  std::ifstream in(path, std::ios::binary);
  std::string text(static_cast<std::size_t>(size), '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(text.size()))) return {};
  // The checksum line ends the file; what it sums is everything before it.
  const std::size_t last = text.size() >= 2 ? text.rfind('\n', text.size() - 2) : std::string::npos;
  if (last == std::string::npos || text.back() != '\n' ||
      std::string_view(text).substr(last + 1) !=
          std::string(kChecksum) + hex16(fnv1a(std::string_view(text).substr(0, last + 1))) + "\n")
    return {};
  std::string_view body = std::string_view(text).substr(0, last + 1);
  const std::size_t header_end = body.find('\n');
  if (body.substr(0, header_end) != kHeader) return {};
  body.remove_prefix(header_end + 1);
  WordPoints out;
  std::string word;
  std::vector<std::size_t> points;
  while (!body.empty()) {
    const std::size_t end = body.find('\n');
    if (!parse_line(body.substr(0, end), word, points)) return {};
    out[word] = points;
    body.remove_prefix(end + 1);
  }
  return out;
}

bool write_hyphenation_cache(const std::string& path, const WordPoints& words) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);

  // Sorted, so that the same words make the same file whatever order they came in.
  std::vector<const WordPoints::value_type*> sorted;
  sorted.reserve(words.size());
  for (const auto& entry : words)
    if (!entry.first.empty() && entry.first.find_first_of("\t\n\r") == std::string::npos)
      sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
  std::string text(kHeader);
  text += '\n';
  for (const auto* entry : sorted) {
    text += entry->first;
    text += '\t';
    for (std::size_t i = 0; i < entry->second.size(); ++i) {
      if (i > 0) text += ',';
      text += std::to_string(entry->second[i]);
    }
    text += '\n';
  }
  text += std::string(kChecksum) + hex16(fnv1a(text)) + "\n";

  try {
    write_file_atomically(path, text, "the hyphenation cache");
    return true;
  } catch (const Error&) {
    return false;  // a cache that cannot be written is only slower next time
  }
}

}  // namespace folio::text
