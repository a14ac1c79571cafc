// The file of hyphenation points kept between runs, and the Hyphenator's use of it.
#include "text/hyphenation_cache.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "common/hash.hpp"
#include "text/hyphenator.hpp"

namespace folio::text {
namespace {

namespace fs = std::filesystem;

const char kEnUs[] = "/usr/share/hyphen/hyph_en_US.dic";

// A fresh folder, and FOLIO_CACHE_DIR pointing into it for the test's duration.
class HyphenationCache : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("folio-hyph-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const char* old = std::getenv("FOLIO_CACHE_DIR");
    had_old_ = old != nullptr;
    if (old) old_ = old;
    ::setenv("FOLIO_CACHE_DIR", (dir_ / "cache").c_str(), 1);
  }
  void TearDown() override {
    if (had_old_)
      ::setenv("FOLIO_CACHE_DIR", old_.c_str(), 1);
    else
      ::unsetenv("FOLIO_CACHE_DIR");
    fs::remove_all(dir_);
  }
  void write_file(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

  fs::path dir_;
  bool had_old_ = false;
  std::string old_;
};

TEST_F(HyphenationCache, WrittenWordsReadBack) {
  const std::string path = (dir_ / "cache" / "words.txt").string();
  const WordPoints words{{"technology", {4, 7}}, {"cat", {}}, {"\u00DCbersetzung", {5, 8}}};
  ASSERT_TRUE(write_hyphenation_cache(path, words));
  EXPECT_EQ(read_hyphenation_cache(path), words);
}

// The file's text with the checksum line the writer ends it with.
std::string with_checksum(const std::string& text) {
  Fnv1a h;
  h.add(text);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h.value()));
  return text + "checksum " + hex + "\n";
}

TEST_F(HyphenationCache, TheFileIsSortedWhateverTheOrder) {
  const std::string path = (dir_ / "w.txt").string();
  ASSERT_TRUE(write_hyphenation_cache(path, {{"zebra", {}}, {"apple", {}}, {"mango", {}}}));
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text, with_checksum("folio hyphenation cache 2\napple\t\nmango\t\nzebra\t\n"));
}

TEST_F(HyphenationCache, MalformedFilesGiveNothing) {
  const fs::path p = dir_ / "bad.txt";
  write_file(p, with_checksum("folio hyphenation cache 2\ncat\t\n"));
  ASSERT_EQ(read_hyphenation_cache(p.string()), (WordPoints{{"cat", {}}}));  // the well-formed file
  const std::string bad[] = {
      with_checksum("folio hyphenation cache 1\ncat\t\n"),            // another version
      with_checksum("folio hyphenation cache 2\ncat\n"),              // no tab
      with_checksum("folio hyphenation cache 2\ntechnology\t7,4\n"),  // out of order
      with_checksum("folio hyphenation cache 2\ncat\t3\n"),           // at the end of the word
      with_checksum("folio hyphenation cache 2\ncat\t0\n"),           // at its start
      with_checksum("folio hyphenation cache 2\ntechnology\t4,\n"),   // cut off
      with_checksum("folio hyphenation cache 2\ntechnology\t4,x\n"),  // not a number
      "folio hyphenation cache 2\ncat\t\n",                           // no checksum
      with_checksum("folio hyphenation cache 2\ncat\t\n") + "dog\t\n",  // a line after it
      "folio hyphenation cache 2\ncab\t\n" + with_checksum("folio hyphenation cache 2\ncat\t\n").substr(31),
  };
  for (const std::string& text : bad) {
    write_file(p, text);
    EXPECT_TRUE(read_hyphenation_cache(p.string()).empty()) << text;
  }
  EXPECT_TRUE(read_hyphenation_cache((dir_ / "missing.txt").string()).empty());
}

// Whatever is in the file, folio only ever takes answers from it whole and checked: every cut of a
// good file, every single-byte change, and random bytes give nothing (so libhyphen answers).
TEST_F(HyphenationCache, DamagedFilesAreIgnoredWholly) {
  const fs::path p = dir_ / "words.txt";
  ASSERT_TRUE(write_hyphenation_cache(p.string(), {{"technology", {4, 7}}, {"international", {2, 5, 7}}}));
  std::ifstream in(p, std::ios::binary);
  const std::string good((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (std::size_t n = 0; n < good.size(); ++n) {
    write_file(p, good.substr(0, n));
    EXPECT_TRUE(read_hyphenation_cache(p.string()).empty()) << "cut at " << n;
  }
  for (std::size_t i = 0; i < good.size(); ++i) {
    std::string damaged = good;
    damaged[i] = static_cast<char>(damaged[i] ^ 0x04);
    write_file(p, damaged);
    EXPECT_TRUE(read_hyphenation_cache(p.string()).empty()) << "byte " << i;
  }
  std::uint32_t seed = 7;
  for (int round = 0; round < 50; ++round) {
    std::string noise(static_cast<std::size_t>(round * 37), '\0');
    for (char& c : noise) c = static_cast<char>((seed = seed * 1103515245u + 12345u) >> 24);
    write_file(p, round % 2 ? "folio hyphenation cache 2\n" + noise : noise);
    EXPECT_TRUE(read_hyphenation_cache(p.string()).empty()) << "round " << round;
  }
}

TEST_F(HyphenationCache, PathNamesTheDictionaryAndFollowsTheEnvironment) {
  const std::string path = hyphenation_cache_path(kEnUs);
  EXPECT_EQ(path.rfind((dir_ / "cache" / "hyphenation-hyph_en_US-").string(), 0), 0u) << path;
  EXPECT_EQ(path.substr(path.size() - 4), ".txt");
  EXPECT_EQ(hyphenation_cache_path("/usr/share/hyphen/hyph_xx_XX.dic"), "");  // no such file
  ::setenv("FOLIO_CACHE_DIR", "", 1);
  EXPECT_EQ(hyphenation_cache_path(kEnUs), "");  // caching turned off
}

TEST_F(HyphenationCache, HyphenatorAnswersFromTheFileAndAddsNewWords) {
  // A copy of the dictionary under a new path: a dictionary this process has not seen yet.
  const fs::path dic = dir_ / "hyph_test.dic";
  fs::copy_file(kEnUs, dic);
  const std::string cache = hyphenation_cache_path(dic.string());
  ASSERT_FALSE(cache.empty());
  // A deliberately wrong answer proves the file is consulted rather than libhyphen.
  ASSERT_TRUE(write_hyphenation_cache(cache, {{"technology", {2}}}));
  {
    const Hyphenator h(dic.string());
    EXPECT_EQ(h.points("technology"), (std::vector<std::size_t>{2}));
    EXPECT_EQ(h.points("international"), (std::vector<std::size_t>{2, 5, 7}));  // from libhyphen
  }
  const WordPoints saved = read_hyphenation_cache(cache);
  EXPECT_EQ(saved, (WordPoints{{"technology", {2}}, {"international", {2, 5, 7}}}));
}

TEST_F(HyphenationCache, AnUnwritableCacheFolderOnlyCostsTime) {
  const fs::path blocker = dir_ / "file";
  write_file(blocker, "not a folder");
  ::setenv("FOLIO_CACHE_DIR", (blocker / "cache").c_str(), 1);
  const fs::path dic = dir_ / "hyph_other.dic";
  fs::copy_file(kEnUs, dic);
  const Hyphenator h(dic.string());
  EXPECT_EQ(h.points("collaboration"), (std::vector<std::size_t>{3, 6, 7, 9}));
  EXPECT_FALSE(write_hyphenation_cache(hyphenation_cache_path(dic.string()), {{"a", {}}}));
}

}  // namespace
}  // namespace folio::text
