// Where an image reference leads, and the references folio refuses.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "folio/diagnostic.hpp"
#include "image/image_path.hpp"

namespace folio::image {
namespace {

namespace fs = std::filesystem;

std::string error_of(const std::string& reference, const std::string& issue, bool allow = false) {
  try {
    return "<resolved to " + resolve_image_path(reference, issue, allow) + ">";
  } catch (const Error& e) {
    return e.diagnostic().message;
  }
}

const char kOutside[] = "move it into the issue's folder, or allow it with --allow-outside-images";

TEST(ImagePath, RelativeToTheIssuesFolder) {
  EXPECT_EQ(resolve_image_path("images/launch.jpg", "samples/2025-05/issue.md", false),
            "samples/2025-05/images/launch.jpg");
  EXPECT_EQ(resolve_image_path("./images/../launch.jpg", "issue.md", false), "launch.jpg");
  EXPECT_EQ(resolve_image_path("images/my%20photo.jpg", "a/issue.md", false), "a/images/my photo.jpg");
}

TEST(ImagePath, UrlsAreNeverFetched) {
  const std::string message =
      "it is a URL, and folio never fetches anything from the network: save the image in the issue's folder "
      "(e.g. images/) and give its path";
  for (const char* url : {"http://example.org/a.jpg", "https://example.org/a.jpg", "//cdn.example.org/a.jpg",
                          "ftp://example.org/a.jpg", "data:image/png;base64,AAAA", "s3://bucket/a.jpg"})
    EXPECT_EQ(error_of(url, "issue.md", true), message) << url;
  EXPECT_EQ(error_of("photo:1.jpg", "issue.md"), "<resolved to photo:1.jpg>");  // a colon in a file name
}

TEST(ImagePath, LeavingTheFolderNeedsPermission) {
  EXPECT_EQ(error_of("../shared/logo.png", "a/issue.md"),
            std::string("the path leads out of the issue's folder: ") + kOutside);
  EXPECT_EQ(error_of("images/../../logo.png", "a/issue.md"),
            std::string("the path leads out of the issue's folder: ") + kOutside);
  EXPECT_EQ(error_of("/srv/images/logo.png", "a/issue.md"),
            std::string("an absolute path is outside the issue's folder: ") + kOutside);
  EXPECT_EQ(error_of("../shared/logo.png", "a/issue.md", true), "<resolved to a/../shared/logo.png>");
  EXPECT_EQ(error_of("/srv/images/logo.png", "a/issue.md", true), "<resolved to /srv/images/logo.png>");
}

TEST(ImagePath, ASymbolicLinkOutOfTheFolderNeedsPermission) {
  const fs::path dir = fs::temp_directory_path() / ("folio-image-path-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "issue" / "images");
  fs::create_directories(dir / "elsewhere");
  std::ofstream(dir / "elsewhere" / "logo.png") << "x";
  fs::create_symlink(dir / "elsewhere" / "logo.png", dir / "issue" / "images" / "logo.png");
  fs::create_directory_symlink(dir / "elsewhere", dir / "issue" / "linked");
  std::ofstream(dir / "issue" / "images" / "inside.png") << "x";
  fs::create_symlink("inside.png", dir / "issue" / "images" / "alias.png");
  const std::string issue = (dir / "issue" / "issue.md").string();
  const std::string real = fs::canonical(dir / "elsewhere" / "logo.png").string();

  EXPECT_EQ(error_of("images/logo.png", issue),
            "the path is a symbolic link to '" + real + "', outside the issue's folder: " + kOutside);
  EXPECT_EQ(error_of("linked/logo.png", issue),
            "the path is a symbolic link to '" + real + "', outside the issue's folder: " + kOutside);
  EXPECT_EQ(error_of("images/alias.png", issue), "<resolved to " + (dir / "issue" / "images" / "alias.png").string() + ">");
  EXPECT_EQ(error_of("images/logo.png", issue, true), "<resolved to " + (dir / "issue" / "images" / "logo.png").string() + ">");
  fs::remove_all(dir);
}

TEST(ImagePath, NoFileName) {
  EXPECT_EQ(error_of("", "issue.md"), "the image has no file name: write ![caption](images/photo.jpg)");
}

}  // namespace
}  // namespace folio::image
