// A batch renders only the issues whose PDF would change: what each render read is hashed in the
// manifest, and a change to any of it (or to folio's version) renders the issue again.
#include <gtest/gtest.h>
#include <stdlib.h>

#include "archive_fixture.hpp"
#include "batch/file_hasher.hpp"
#include "batch/manifest.hpp"
#include "folio/folio.hpp"
#include "font/font_config.hpp"

namespace folio::batch::test {
namespace {

class Incremental : public Archive {
 protected:
  void SetUp() override {
    Archive::SetUp();
    write(arch_ / "styles/red.yaml", style_text("#FF0000"));
    write(arch_ / "styles/blue.yaml", style_text("#0000FF"));
    write(arch_ / "2025/01.md", issue_text(1, "../styles/red.yaml"));
    write(arch_ / "2025/02.md", issue_text(2, "../styles/blue.yaml"));
    write(arch_ / "2025/03.md", issue_text(3, "../styles/red.yaml"));
    write(arch_ / "2025/04.md", issue_text(4));  // the default style
  }

  // A private copy of the data folder, so that its fonts may be edited.
  BatchOptions with_own_data() {
    const fs::path data = dir_ / "data";
    fs::create_directories(data);
    for (const char* folder : {"fonts", "styles", "layout"})
      fs::copy(kRoot + "/" + folder, data / folder, fs::copy_options::recursive);
    BatchOptions options;
    options.data_dir = data.string();
    return options;
  }

  const std::vector<std::string> all_ = {"2025/01.md", "2025/02.md", "2025/03.md", "2025/04.md"};
  const std::vector<std::string> none_ = {};
};

TEST_F(Incremental, ASecondRunSkipsEverythingAndWritesNothing) {
  BatchReport first = run();
  EXPECT_EQ(with(first, Outcome::kRendered), all_);
  EXPECT_EQ(out_files(), (std::set<std::string>{".folio/manifest.json", "2025/01.pdf", "2025/02.pdf",
                                                "2025/03.pdf", "2025/04.pdf"}));
  std::map<std::string, PdfStamp> before;
  for (const std::string& f : out_files()) before[f] = stamp_of((out_ / f).string());

  BatchReport second = run();
  EXPECT_EQ(with(second, Outcome::kUpToDate), all_);
  EXPECT_EQ(second.issues[0].pages, 1);  // as recorded
  for (const std::string& f : out_files()) EXPECT_EQ(stamp_of((out_ / f).string()), before[f]) << f;
}

TEST_F(Incremental, EditingAStyleRendersExactlyTheIssuesThatUseIt) {
  run();
  write(arch_ / "styles/red.yaml", style_text("#EE0000"));
  BatchReport report = run();
  EXPECT_EQ(with(report, Outcome::kRendered), (std::vector<std::string>{"2025/01.md", "2025/03.md"}));
  EXPECT_EQ(with(report, Outcome::kUpToDate), (std::vector<std::string>{"2025/02.md", "2025/04.md"}));
  EXPECT_EQ(with(run(), Outcome::kUpToDate), all_);
}

TEST_F(Incremental, EditingAnIssueRendersOnlyIt) {
  run();
  write(arch_ / "2025/02.md", issue_text(22, "../styles/blue.yaml"));
  EXPECT_EQ(with(run(), Outcome::kRendered), (std::vector<std::string>{"2025/02.md"}));
}

TEST_F(Incremental, ChangingTheStyleAnIssueNamesRendersIt) {
  run();
  write(arch_ / "2025/04.md", issue_text(4, "modern"));
  EXPECT_EQ(with(run(), Outcome::kRendered), (std::vector<std::string>{"2025/04.md"}));
}

TEST_F(Incremental, APdfDeletedOrReplacedIsRenderedAgain) {
  run();
  fs::remove(out_ / "2025/01.pdf");
  write(out_ / "2025/03.pdf", "%PDF- not the one folio wrote");
  BatchReport report = run();
  EXPECT_EQ(with(report, Outcome::kRendered), (std::vector<std::string>{"2025/01.md", "2025/03.md"}));
  EXPECT_EQ(read(out_ / "2025/03.pdf").substr(read(out_ / "2025/03.pdf").size() - 6), "%%EOF\n");
}

TEST_F(Incremental, ForceRendersEverything) {
  run();
  BatchOptions options;
  options.force = true;
  EXPECT_EQ(with(run(options), Outcome::kRendered), all_);
}

TEST_F(Incremental, EditingAFontRendersEverything) {
  const BatchOptions options = with_own_data();
  run(options);
  EXPECT_EQ(with(run(options), Outcome::kUpToDate), all_);
  // A font no issue draws with directly, but any could fall back to: every issue depends on it.
  std::ofstream(dir_ / "data/fonts/NotoSansMono-Regular.ttf", std::ios::app) << "trailing bytes";
  EXPECT_EQ(with(run(options), Outcome::kRendered), all_);
  EXPECT_EQ(with(run(options), Outcome::kUpToDate), all_);
}

TEST_F(Incremental, AddingAFontRendersEverything) {
  const BatchOptions options = with_own_data();
  run(options);
  fs::create_directories(dir_ / "data/fonts/more");  // Fontconfig looks in subfolders too
  fs::copy_file(dir_ / "data/fonts/NotoSans-Regular.ttf", dir_ / "data/fonts/more/Another.ttf");
  EXPECT_EQ(with(run(options), Outcome::kRendered), all_);
}

TEST_F(Incremental, AnotherFolioVersionRendersEverything) {
  run();
  const fs::path manifest = out_ / ".folio/manifest.json";
  std::string text = read(manifest);
  const std::string current = std::string("\"folio\": \"") + version() + "\"";
  ASSERT_NE(text.find(current), std::string::npos);
  for (std::size_t at; (at = text.find(current)) != std::string::npos;)
    text.replace(at, current.size(), "\"folio\": \"0.0.1\"");
  write(manifest, text);
  EXPECT_EQ(with(run(), Outcome::kRendered), all_);
}

TEST_F(Incremental, AnotherSourceDateEpochRendersEverything) {
  run();
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  const BatchReport report = run();
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_EQ(with(report, Outcome::kRendered), all_);
}

TEST_F(Incremental, TheManifestRecordsEveryFileTheRenderRead) {
  const BatchOptions options = with_own_data();
  run(options);
  const Records records = read_manifest((out_ / ".folio/manifest.json").string());
  ASSERT_EQ(records.size(), 4u);
  const Record& r = records.at("2025/01.pdf");
  EXPECT_EQ(r.issue, (arch_ / "2025/01.md").string());
  std::set<std::string> inputs;
  for (const auto& [path, hash] : r.inputs) {
    inputs.insert(path);
    EXPECT_EQ(hash.size(), 16u) << path;
  }
  std::set<std::string> expected = {(arch_ / "2025/01.md").string(), (arch_ / "styles/red.yaml").string(),
                                    (dir_ / "data/layout/default.yaml").string(),
                                    "/usr/share/hyphen/hyph_en_US.dic"};
  for (const auto& font : fs::directory_iterator(dir_ / "data/fonts"))
    if (font.path().extension() == ".ttf") expected.insert(font.path().string());
  // The list of fonts from Debian packages, and those fonts: any may be a fallback.
  expected.insert((dir_ / "data/fonts/packaged-fonts.txt").string());
  for (const std::string& path : font::packaged_font_paths((dir_ / "data/fonts").string())) {
    if (fs::is_directory(path)) {
      for (const auto& font : fs::directory_iterator(path)) expected.insert(font.path().string());
    } else {
      expected.insert(path);
    }
  }
  EXPECT_EQ(inputs, expected);
  EXPECT_EQ(r.inputs.at((arch_ / "styles/red.yaml").string()), hash_file((arch_ / "styles/red.yaml").string()));
  EXPECT_EQ(r.settings.folio_version, version());
  EXPECT_EQ(r.settings.data_dir, (dir_ / "data").string());
  EXPECT_EQ(r.pdf, stamp_of((out_ / "2025/01.pdf").string()));
}

}  // namespace
}  // namespace folio::batch::test
