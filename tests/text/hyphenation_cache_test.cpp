// The file of hyphenation points kept between runs, and the Hyphenator's use of it.
#include "text/hyphenation_cache.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

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

TEST_F(HyphenationCache, TheFileIsSortedWhateverTheOrder) {
  const std::string path = (dir_ / "w.txt").string();
  ASSERT_TRUE(write_hyphenation_cache(path, {{"zebra", {}}, {"apple", {}}, {"mango", {}}}));
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text, "folio hyphenation cache 1\napple\t\nmango\t\nzebra\t\n");
}

TEST_F(HyphenationCache, MalformedFilesGiveNothing) {
  const fs::path p = dir_ / "bad.txt";
  const char* bad[] = {
      "folio hyphenation cache 0\ncat\t\n",            // another version
      "folio hyphenation cache 1\ncat\n",              // no tab
      "folio hyphenation cache 1\ntechnology\t7,4\n",  // out of order
      "folio hyphenation cache 1\ncat\t3\n",           // at the end of the word
      "folio hyphenation cache 1\ncat\t0\n",           // at its start
      "folio hyphenation cache 1\ntechnology\t4,\n",   // cut off
      "folio hyphenation cache 1\ntechnology\t4,x\n",  // not a number
  };
  for (const char* text : bad) {
    write_file(p, text);
    EXPECT_TRUE(read_hyphenation_cache(p.string()).empty()) << text;
  }
  EXPECT_TRUE(read_hyphenation_cache((dir_ / "missing.txt").string()).empty());
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
