// The packaged font files reach Fontconfig through a folder of symbolic links in the cache, so
// that Fontconfig caches their scan (font_config.cpp): the fonts found are the same with or
// without the cache, and their paths are always the files themselves, never the links.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "font/font_config.hpp"
#include "font/font_db.hpp"

namespace folio::font {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> files_with_cache(const std::string& cache) {
  ::setenv("FOLIO_CACHE_DIR", cache.c_str(), 1);
  const FontDb db(FOLIO_SOURCE_DIR "/fonts");
  ::unsetenv("FOLIO_CACHE_DIR");
  return db.files();
}

std::vector<fs::path> linked_folders(const fs::path& cache) {
  std::vector<fs::path> out;
  if (!fs::exists(cache)) return out;
  for (const auto& entry : fs::directory_iterator(cache))
    if (entry.path().filename().string().rfind("packaged-fonts-", 0) == 0) out.push_back(entry.path());
  return out;
}

TEST(LinkedFonts, TheSameFontsWithOrWithoutTheCacheUnderTheirOwnPaths) {
  const std::vector<std::string> packaged = packaged_font_paths(FOLIO_SOURCE_DIR "/fonts");
  std::vector<std::string> files_listed;
  for (const std::string& p : packaged)
    if (fs::is_regular_file(p)) files_listed.push_back(p);
  if (files_listed.empty()) GTEST_SKIP() << "no packaged font file is installed (scripts/install-deps)";

  const fs::path cache = fs::temp_directory_path() / ("folio-linked-fonts-" + std::to_string(::getpid()));
  fs::remove_all(cache);
  const std::vector<std::string> without = files_with_cache("");  // no cache: each file scanned
  EXPECT_TRUE(linked_folders(cache).empty());
  const std::vector<std::string> first = files_with_cache(cache.string());
  const std::vector<fs::path> folders = linked_folders(cache);
  ASSERT_EQ(folders.size(), 1u);
  std::size_t links = 0;
  for (const auto& entry : fs::directory_iterator(folders[0])) {
    EXPECT_TRUE(fs::is_symlink(entry.path())) << entry.path();
    ++links;
  }
  EXPECT_EQ(links, files_listed.size());
  const std::vector<std::string> again = files_with_cache(cache.string());  // the folder as it is
  EXPECT_EQ(linked_folders(cache).size(), 1u);

  EXPECT_EQ(first, without);
  EXPECT_EQ(again, without);
  for (const std::string& f : first) EXPECT_EQ(f.find(cache.string()), std::string::npos) << f;
  for (const std::string& f : files_listed)
    EXPECT_NE(std::find(first.begin(), first.end(), f), first.end()) << f;
  fs::remove_all(cache);
}

// Renders on several threads (folio batch) may be the first to need the folder at once: each
// gets the same fonts, and one complete folder is left, with nothing half made beside it.
TEST(LinkedFonts, ManyThreadsMakeTheFolderAtOnce) {
  if (packaged_font_paths(FOLIO_SOURCE_DIR "/fonts").empty()) GTEST_SKIP() << "no packaged fonts listed";
  const fs::path cache = fs::temp_directory_path() / ("folio-linked-fonts-mt-" + std::to_string(::getpid()));
  fs::remove_all(cache);
  const std::vector<std::string> expected = files_with_cache("");
  ::setenv("FOLIO_CACHE_DIR", cache.c_str(), 1);
  std::vector<std::vector<std::string>> got(8);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < got.size(); ++t)
    threads.emplace_back([&got, t] { got[t] = FontDb(FOLIO_SOURCE_DIR "/fonts").files(); });
  for (std::thread& t : threads) t.join();
  ::unsetenv("FOLIO_CACHE_DIR");
  for (const std::vector<std::string>& files : got) EXPECT_EQ(files, expected);
  std::size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(cache))
    if (entry.path().filename().string().rfind("packaged-fonts-", 0) == 0) ++entries;
  EXPECT_EQ(entries, 1u);  // no temporary folder left
  fs::remove_all(cache);
}

}  // namespace
}  // namespace folio::font
