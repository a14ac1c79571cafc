// A style's own fonts belong to its renders only: renders sharing one folio::Resources (as
// `folio batch` does) keep a font database per set of style fonts, so a brand face never leaks
// into another style's render, and the output is the same with or without sharing.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "folio/folio.hpp"

namespace fs = std::filesystem;

namespace folio {
namespace {

const std::string kRoot = FOLIO_SOURCE_DIR;
const std::string kBrand = kRoot + "/golden/cases/brand/brand.yaml";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class BrandFonts : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("folio-brand-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    std::ofstream(dir_ / "issue.md") << "---\npublication: Brand Review\nissue: June 2025\n---\n\n# Title\n\nText.\n";
    // The brand style without its font file: it names a family no other font has.
    std::string style = read_file(kBrand);
    const std::string files = "font-files:\n  - fonts/lobster.otf\n";
    style.erase(style.find(files), files.size());
    std::ofstream(dir_ / "no-files.yaml") << style;
  }
  void TearDown() override { fs::remove_all(dir_); }

  RenderOptions options(const std::string& style, const std::string& out) const {
    RenderOptions o;
    o.input = (dir_ / "issue.md").string();
    o.output = (dir_ / out).string();
    o.style = style;
    o.data_dir = kRoot;
    return o;
  }
  fs::path dir_;
};

TEST_F(BrandFonts, AStylesFontsDoNotReachAnotherStylesRenders) {
  Resources shared;
  const RenderResult brand = render(options(kBrand, "brand.pdf"), shared);
  EXPECT_NE(std::find(brand.inputs.begin(), brand.inputs.end(), kRoot + "/golden/cases/brand/fonts/lobster.otf"),
            brand.inputs.end());
  EXPECT_NE(read_file((dir_ / "brand.pdf").string()).find("+LobsterTwo-BoldItalic"), std::string::npos);
  // The same family named by a style without the file: an error, though the shared resources
  // loaded the brand's face for the render before.
  try {
    render(options((dir_ / "no-files.yaml").string(), "leak.pdf"), shared);
    ADD_FAILURE() << "the brand's face leaked into another style's render";
  } catch (const Error& e) {
    EXPECT_NE(e.diagnostic().message.find("font family 'Lobster Two' is not among the bundled fonts"),
              std::string::npos)
        << e.diagnostic().message;
  }
  // Sharing changes nothing in the output.
  render(options(kBrand, "alone.pdf"));
  EXPECT_EQ(read_file((dir_ / "alone.pdf").string()), read_file((dir_ / "brand.pdf").string()));
  const RenderResult plain = render(options("default", "plain.pdf"), shared);
  EXPECT_EQ(std::find(plain.inputs.begin(), plain.inputs.end(), kRoot + "/golden/cases/brand/fonts/lobster.otf"),
            plain.inputs.end());
}

}  // namespace
}  // namespace folio
