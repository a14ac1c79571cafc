// Chooses the Flate level of folio's PDF streams by measurement: reads PDFs, inflates every
// FlateDecode stream in them (content streams, font files, ToUnicode maps), and compresses them
// all again with zlib at its default level (what PoDoFo did) and with libdeflate at each level,
// reporting the total compressed size and the median time over repeated rounds.
//
//   flate_levels [--rounds N] FILE.pdf...
//
// Results and the level chosen: bench/README.md.
#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The inflated data of every "stream ... endstream" whose bytes inflate as zlib data.
std::vector<std::string> flate_streams(const std::string& pdf) {
  std::vector<std::string> out;
  for (std::size_t at = pdf.find("stream"); at != std::string::npos; at = pdf.find("stream", at + 6)) {
    if (at >= 3 && pdf.compare(at - 3, 3, "end") == 0) continue;
    std::size_t begin = at + 6;
    if (pdf.compare(begin, 2, "\r\n") == 0) begin += 2;
    else if (pdf[begin] == '\n') begin += 1;
    else continue;
    const std::size_t end = pdf.find("endstream", begin);
    if (end == std::string::npos) break;
    z_stream z{};
    if (inflateInit(&z) != Z_OK) continue;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(pdf.data() + begin));
    z.avail_in = static_cast<uInt>(end - begin);
    std::string data;
    char buf[65536];
    int rc;
    do {
      z.next_out = reinterpret_cast<Bytef*>(buf);
      z.avail_out = sizeof buf;
      rc = inflate(&z, Z_NO_FLUSH);
      data.append(buf, sizeof buf - z.avail_out);
    } while (rc == Z_OK);
    inflateEnd(&z);
    if (rc == Z_STREAM_END) out.push_back(std::move(data));
    at = end;
  }
  return out;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

struct Result {
  std::size_t size = 0;
  double ms = 0;
};

template <typename Compress>
Result measure(const std::vector<std::string>& streams, int rounds, Compress compress) {
  std::vector<double> times;
  Result r;
  for (int i = 0; i < rounds; ++i) {
    r.size = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const std::string& s : streams) r.size += compress(s);
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  r.ms = median(times);
  return r;
}

void print(const char* name, Result r, Result base) {
  std::printf("%-16s %10zu bytes %6.3f  %8.2f ms %6.3f\n", name, r.size, double(r.size) / base.size, r.ms,
              r.ms / base.ms);
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = 9;
  std::vector<std::string> streams;
  std::size_t raw = 0;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
      continue;
    }
    for (std::string& s : flate_streams(read_file(argv[i]))) {
      raw += s.size();
      streams.push_back(std::move(s));
    }
  }
  if (streams.empty()) {
    std::fprintf(stderr, "usage: flate_levels [--rounds N] FILE.pdf...  (no Flate streams found)\n");
    return 2;
  }
  std::printf("%zu streams, %zu bytes inflated, median of %d rounds\n", streams.size(), raw, rounds);
  std::printf("%-16s %16s %6s  %11s %6s\n", "", "compressed", "ratio", "time", "ratio");

  std::string out;
  auto zlib = [&](const std::string& s) {
    uLongf n = compressBound(static_cast<uLong>(s.size()));
    out.resize(n);
    compress2(reinterpret_cast<Bytef*>(out.data()), &n, reinterpret_cast<const Bytef*>(s.data()),
              static_cast<uLong>(s.size()), Z_DEFAULT_COMPRESSION);
    return static_cast<std::size_t>(n);
  };
  const Result base = measure(streams, rounds, zlib);
  print("zlib default (6)", base, base);
  for (int level = 1; level <= 12; ++level) {
    libdeflate_compressor* c = libdeflate_alloc_compressor(level);
    auto deflate = [&](const std::string& s) {
      out.resize(libdeflate_zlib_compress_bound(c, s.size()));
      return libdeflate_zlib_compress(c, s.data(), s.size(), out.data(), out.size());
    };
    char name[32];
    std::snprintf(name, sizeof name, "libdeflate %d", level);
    print(name, measure(streams, rounds, deflate), base);
    libdeflate_free_compressor(c);
  }
  return 0;
}
