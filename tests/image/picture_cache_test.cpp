// The process's picture cache: one decode per content, whatever the file is called, however many
// threads ask; and the messages for files that cannot be read.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "folio/diagnostic.hpp"
#include "image/image_test_util.hpp"
#include "image/picture_cache.hpp"

namespace folio::image {
namespace {

namespace fs = std::filesystem;

class Cache : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("folio-picture-cache-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }
  std::string error_of(const std::string& path) {
    try {
      PictureCache::shared().load(path);
    } catch (const Error& e) {
      return e.diagnostic().message;
    }
    return "<no error>";
  }
  fs::path dir_;
};

// A JPEG no other test uses: its first bytes are the fixture's, then a comment makes it unique.
std::string unique_jpeg(const std::string& tag) {
  std::string bytes = testing::fixture("grey.jpg");
  const std::string comment = "\xFF\xFE" + std::string(1, '\0') + char(2 + tag.size()) + tag;
  return bytes.substr(0, 2) + comment + bytes.substr(2);
}

TEST_F(Cache, SameBytesUnderTwoNamesDecodeOnce) {
  const std::string bytes = unique_jpeg("two names");
  const std::string a = write("a.jpg", bytes), b = write("b.jpg", bytes);
  const std::size_t before = PictureCache::shared().decoded();
  const PictureRef first = PictureCache::shared().load(a);
  const PictureRef second = PictureCache::shared().load(b);
  EXPECT_EQ(first.get(), second.get());
  EXPECT_EQ(PictureCache::shared().decoded(), before + 1);
  EXPECT_EQ(first->key, picture_key(bytes));
}

// The PDF writer finds the picture layout measured by its key: the file is not read again, so
// a file removed after layout still embeds what was laid out.
TEST_F(Cache, APictureIsFoundByItsKeyWithoutItsFile) {
  const std::string bytes = unique_jpeg("found by key");
  EXPECT_EQ(PictureCache::shared().find(picture_key(bytes)), nullptr);
  const std::string path = write("laid-out.jpg", bytes);
  const PictureRef loaded = PictureCache::shared().load(path);
  fs::remove(path);
  EXPECT_EQ(PictureCache::shared().find(picture_key(bytes)).get(), loaded.get());
  EXPECT_EQ(PictureCache::shared().find(picture_key(testing::fixture("bad-crc.png"))), nullptr)
      << "a file that failed to decode is not found";
}

TEST_F(Cache, AChangedFileIsDecodedAgain) {
  const std::string path = write("photo.jpg", unique_jpeg("before"));
  const PictureRef before = PictureCache::shared().load(path);
  write("photo.jpg", unique_jpeg("after"));
  const PictureRef after = PictureCache::shared().load(path);
  EXPECT_NE(before->key, after->key);
  EXPECT_NE(before.get(), after.get());
}

TEST_F(Cache, ThreadsAskingAtOnceShareOneDecode) {
  const std::string path = write("shared.png", testing::fixture("rgba.png") + std::string("\0threads", 8));
  const std::size_t before = PictureCache::shared().decoded();
  std::vector<PictureRef> got(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < got.size(); ++i)
    threads.emplace_back([&, i] { got[i] = PictureCache::shared().load(path); });
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(PictureCache::shared().decoded(), before + 1);
  for (const PictureRef& p : got) EXPECT_EQ(p.get(), got[0].get());
}

TEST_F(Cache, FilesThatCannotBeRead) {
  EXPECT_EQ(error_of((dir_ / "none.jpg").string()), "there is no file '" + (dir_ / "none.jpg").string() + "'");
  fs::create_directories(dir_ / "folder.jpg");
  EXPECT_EQ(error_of((dir_ / "folder.jpg").string()), "'" + (dir_ / "folder.jpg").string() + "' is a folder, not an image file");
  if (::geteuid() != 0) {  // root reads anything
    const std::string locked = write("locked.jpg", testing::fixture("grey.jpg"));
    fs::permissions(locked, fs::perms::none);
    EXPECT_EQ(error_of(locked), "cannot read '" + locked + "': Permission denied");
  }
}

TEST_F(Cache, AFailedDecodeIsNotCached) {
  const std::string path = write("bad.png", testing::fixture("bad-crc.png"));
  EXPECT_EQ(error_of(path), "the PNG file is damaged (IDAT: CRC error)");
  EXPECT_EQ(error_of(path), "the PNG file is damaged (IDAT: CRC error)");
}

}  // namespace
}  // namespace folio::image
