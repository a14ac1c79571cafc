#include "golden/png_io.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "folio/diagnostic.hpp"

namespace folio::golden {
namespace {

namespace fs = std::filesystem;

class PngIo : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("folio-png-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(PngIo, RoundTripKeepsEveryPixel) {
  Image image(7, 5);
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x)
      image.at(x, y) = Rgb{static_cast<std::uint8_t>(x * 37), static_cast<std::uint8_t>(y * 51),
                           static_cast<std::uint8_t>((x * y * 13) % 256)};
  const std::string path = (dir_ / "a.png").string();
  write_png(path, image);
  const Image back = read_png(path);
  EXPECT_EQ(back.width, 7);
  EXPECT_EQ(back.height, 5);
  EXPECT_TRUE(back.pixels == image.pixels);
  EXPECT_FALSE(fs::exists(path + ".tmp"));
}

TEST_F(PngIo, ReadingSomethingElseNamesTheFile) {
  const std::string path = (dir_ / "not.png").string();
  std::ofstream(path) << "not a png";
  try {
    read_png(path);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().pos.file, path);
    EXPECT_NE(e.diagnostic().message.find("cannot read PNG"), std::string::npos) << e.diagnostic().message;
  }
}

TEST_F(PngIo, WritingIntoAMissingFolderFails) {
  const std::string path = (dir_ / "no" / "such" / "a.png").string();
  EXPECT_THROW(write_png(path, Image(2, 2)), Error);
  EXPECT_FALSE(fs::exists(path));
}

}  // namespace
}  // namespace folio::golden
