// Shared by the image tests: the fixtures of tests/fixtures/images (their README gives each
// file's pixel formula) and the samples inflated back.
#pragma once

#include <zlib.h>

#include <fstream>
#include <sstream>
#include <string>

namespace folio::image::testing {

inline const std::string kFixtures = std::string(FOLIO_SOURCE_DIR) + "/tests/fixtures/images/";

inline std::string fixture(const std::string& name) {
  std::ifstream in(kFixtures + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Flate (zlib) data inflated, knowing its size.
inline std::string inflated(const std::string& data, std::size_t size) {
  std::string out(size, '\0');
  uLongf n = static_cast<uLongf>(size);
  if (uncompress(reinterpret_cast<Bytef*>(out.data()), &n, reinterpret_cast<const Bytef*>(data.data()),
                 static_cast<uLong>(data.size())) != Z_OK)
    return "<not zlib data>";
  out.resize(n);
  return out;
}

inline int at(const std::string& samples, std::size_t i) { return static_cast<unsigned char>(samples[i]); }

}  // namespace folio::image::testing
