// Every image a figure cannot use stops the render with one message at the figure's line and
// column, exit status 1, and no PDF: missing, unreadable, damaged, truncated or unsupported files,
// URLs, paths out of the issue's folder (unless --allow-outside-images), decompression bombs.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/folio_folder.hpp"

namespace folio::cli::test {
namespace {

const std::string kFixtures = kRoot + "/tests/fixtures/images/";

class FigureErrors : public FolioFolder {
 protected:
  void SetUp() override {
    FolioFolder::SetUp();
    fs::create_directories(dir_ / "figs" / "images");
    for (const char* name : {"bad-crc.png", "truncated.jpg", "unsupported.svg", "unsupported.webp",
                             "unsupported.tiff", "bomb-100000x100000.png", "rgb.png"})
      fs::copy_file(kFixtures + name, dir_ / "figs" / "images" / name);
  }

  // Renders figs/fig.md, whose figure (line 7, column `indent` + 1) names `reference`; expects
  // failure with `message` for that figure and no PDF.
  void expect_error(const std::string& reference, const std::string& message, const std::string& options = "") {
    SCOPED_TRACE(reference);
    std::ofstream(dir_ / "figs" / "fig.md") << "---\npublication: P\nissue: I\n---\n\nText before.\n\n![A figure](" +
                                                   reference + ")\n\nText after.\n";
    const FolioRun run = folio("render figs/fig.md -o figs/fig.pdf " + options);
    EXPECT_EQ(run.status, 1);
    EXPECT_EQ(run.err, "figs/fig.md:8:1: error: image '" + reference + "': " + message + "\n");
    EXPECT_FALSE(fs::exists(dir_ / "figs" / "fig.pdf"));
  }
};

TEST_F(FigureErrors, AMissingFile) {
  expect_error("images/launch.jpg", "there is no file 'figs/images/launch.jpg'");
}

// Files that cannot be read as pictures whoever runs folio (root included).
TEST_F(FigureErrors, AFolderOrAFifoNamedLikeAPicture) {
  fs::create_directories(dir_ / "figs" / "images" / "folder.jpg");
  expect_error("images/folder.jpg", "'figs/images/folder.jpg' is a folder, not an image file");
  ASSERT_EQ(::mkfifo((dir_ / "figs" / "images" / "pipe.png").c_str(), 0644), 0);
  expect_error("images/pipe.png", "'figs/images/pipe.png' is not a regular file");  // and does not wait for a writer
}

TEST_F(FigureErrors, AFileWithoutPermission) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads files without permission (AFolderOrAFifoNamedLikeAPicture runs)";
  fs::copy_file(kFixtures + "rgb.png", dir_ / "figs" / "images" / "locked.png");
  fs::permissions(dir_ / "figs" / "images" / "locked.png", fs::perms::none);
  expect_error("images/locked.png", "cannot read 'figs/images/locked.png': Permission denied");
}

TEST_F(FigureErrors, DamagedAndTruncatedFiles) {
  std::ofstream(dir_ / "figs" / "images" / "notes.jpg") << "not a picture at all";
  expect_error("images/notes.jpg", "the file is not a JPEG, PNG or PDF file (the formats folio reads)");
  expect_error("images/bad-crc.png", "the PNG file is damaged (IDAT: CRC error)");
  expect_error("images/truncated.jpg", "the JPEG file is damaged (Premature end of JPEG file)");
}

TEST_F(FigureErrors, UnsupportedFormatsSayWhatToConvertTo) {
  expect_error("images/unsupported.svg",
               "SVG is not a format folio reads: convert it to PDF, which keeps it vector (for example with "
               "'rsvg-convert -f pdf -o chart.pdf chart.svg')");
  expect_error("images/unsupported.webp",
               "WebP is not a format folio reads: convert it to JPEG (a photo) or PNG (a chart, a screenshot)");
  expect_error("images/unsupported.tiff",
               "TIFF is not a format folio reads: convert it to JPEG (a photo, CMYK included) or PNG");
}

TEST_F(FigureErrors, ADecompressionBombIsRefusedFromItsHeader) {
  expect_error("images/bomb-100000x100000.png",
               "the image is 100000 x 100000 pixels, more than folio decodes (100,000,000 pixels, docs/format.md): "
               "scale it down (300 ppi at its printed size is plenty)");
}

TEST_F(FigureErrors, UrlsAreNeverFetched) {
  const std::string message =
      "it is a URL, and folio never fetches anything from the network: save the image in the issue's folder "
      "(e.g. images/) and give its path";
  expect_error("http://example.org/launch.jpg", message);
  expect_error("https://example.org/launch.jpg", message, "--allow-outside-images");
}

TEST_F(FigureErrors, PathsOutOfTheIssuesFolderNeedPermission) {
  const std::string allow = "move it into the issue's folder, or allow it with --allow-outside-images";
  fs::copy_file(kFixtures + "rgb.png", dir_ / "outside.png");
  expect_error("../outside.png", "the path leads out of the issue's folder: " + allow);
  expect_error((dir_ / "outside.png").string(), "an absolute path is outside the issue's folder: " + allow);
  fs::create_symlink(dir_ / "outside.png", dir_ / "figs" / "images" / "linked.png");
  expect_error("images/linked.png", "the path is a symbolic link to '" + fs::canonical(dir_ / "outside.png").string() +
                                        "', outside the issue's folder: " + allow);

  // Allowed, all three render.
  for (const std::string& reference :
       std::vector<std::string>{"../outside.png", (dir_ / "outside.png").string(), "images/linked.png"}) {
    std::ofstream(dir_ / "figs" / "fig.md") << "---\npublication: P\nissue: I\n---\n\n![A figure](" + reference +
                                                   ")\n";
    const FolioRun run = folio("render figs/fig.md -o figs/fig.pdf --allow-outside-images");
    EXPECT_EQ(run.status, 0) << run.err;
    EXPECT_TRUE(fs::exists(dir_ / "figs" / "fig.pdf")) << reference;
    fs::remove(dir_ / "figs" / "fig.pdf");
  }
}

TEST_F(FigureErrors, AnImageInsideTextAndAnUnknownAttribute) {
  std::ofstream(dir_ / "figs" / "fig.md") << "---\npublication: P\nissue: I\n---\n\nSee ![a chart](images/rgb.png) here.\n";
  FolioRun run = folio("render figs/fig.md -o figs/fig.pdf");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err,
            "figs/fig.md:6:5: error: an image must stand alone in its paragraph, as a figure: put it on a line of "
            "its own, with a blank line before and after\n");
  std::ofstream(dir_ / "figs" / "fig.md") << "---\npublication: P\nissue: I\n---\n\n![A chart](images/rgb.png){.wdie}\n";
  run = folio("render figs/fig.md -o figs/fig.pdf");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err,
            "figs/fig.md:6:27: error: unknown figure attribute '.wdie' (did you mean '.wide'?): a figure takes "
            "{.wide} (across the columns) or {.column} (the default)\n");
  EXPECT_FALSE(fs::exists(dir_ / "figs" / "fig.pdf"));
}

TEST_F(FigureErrors, ALowResolutionPictureWarnsOnceAndRenders) {
  std::ofstream(dir_ / "figs" / "fig.md") << "---\npublication: P\nissue: I\n---\n\n![A chart](images/rgb.png)\n\n"
                                             "Text.\n\n![The same chart](images/rgb.png)\n";
  const FolioRun run = folio("render figs/fig.md -o figs/fig.pdf");
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.err,
            "figs/fig.md:6:1: warning: image 'images/rgb.png' has 19 ppi at its printed size, below the layout's "
            "150: it may print blurred; use a picture at least 502 pixels wide\n"
            "figs/fig.pdf: 1 page\n");
  // The picture shown twice is embedded once.
  std::ifstream in(dir_ / "figs" / "fig.pdf", std::ios::binary);
  const std::string pdf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::size_t images = 0;
  for (std::size_t at = pdf.find("/Subtype/Image"); at != std::string::npos; at = pdf.find("/Subtype/Image", at + 1))
    ++images;
  EXPECT_EQ(images, 1u);
}

}  // namespace
}  // namespace folio::cli::test
