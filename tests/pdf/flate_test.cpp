// PDF stream compression: what flate() writes inflates back to the input, the same every time
// and on every thread.
#include "pdf/flate.hpp"

#include <gtest/gtest.h>
#include <libdeflate.h>

#include <string>
#include <thread>
#include <vector>

namespace folio::pdf {
namespace {

std::string inflate(const std::string& compressed, std::size_t size) {
  libdeflate_decompressor* d = libdeflate_alloc_decompressor();
  std::string out(size, '\0');
  std::size_t actual = 0;
  const libdeflate_result rc =
      libdeflate_zlib_decompress(d, compressed.data(), compressed.size(), out.data(), out.size(), &actual);
  libdeflate_free_decompressor(d);
  EXPECT_EQ(rc, LIBDEFLATE_SUCCESS);
  out.resize(actual);
  return out;
}

std::string page_like(int lines) {
  std::string s = "BT\n";
  for (int i = 0; i < lines; ++i)
    s += "1 0 0 1 56.693 " + std::to_string(700 - i * 12) + " Tm\n[<002A0045>-12<0051004F0048>] TJ\n";
  return s + "ET\n";
}

TEST(Flate, InflatesBackToTheInputInZlibFormat) {
  const std::string page = page_like(80);
  const std::string compressed = flate(page);
  EXPECT_LT(compressed.size(), page.size() / 4);  // content streams repeat themselves a lot
  EXPECT_EQ(static_cast<unsigned char>(compressed[0]), 0x78);  // zlib header: deflate, 32K window
  EXPECT_EQ(inflate(compressed, page.size()), page);
  EXPECT_EQ(inflate(flate(""), 0), "");
}

TEST(Flate, SameBytesEveryTimeAndOnEveryThread) {
  const std::string page = page_like(200);
  const std::string expected = flate(page);
  EXPECT_EQ(flate(page), expected);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results) threads.emplace_back([&page, &r] { r = flate(page); });
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

}  // namespace
}  // namespace folio::pdf
