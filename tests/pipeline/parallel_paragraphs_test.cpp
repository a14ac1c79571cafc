// The body's paragraphs are set on several threads (compose::ParagraphQueue): a render writes the
// same PDF and layout dump, byte for byte, on any number of threads, each with a cold shape cache
// (so threads fill it at once), for a long issue with every kind of block between paragraphs
// (headings, lists, quotes, tables, thematic breaks, footnotes, figures, a span in another
// language).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "folio/folio.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The May issue's front matter, then its body `copies` times and a paragraph with German words
// hyphenated with German patterns (a second language asked for from several threads).
std::string long_issue(int copies) {
  const std::string sample = read_file(std::string(FOLIO_SOURCE_DIR) + "/samples/2025-05/issue.md");
  const std::size_t body = sample.find("\n---\n", 3) + 5;
  std::string out = sample.substr(0, body);
  for (int i = 0; i < copies; ++i) {
    out += sample.substr(body) + "\n\n";
    out += "Der <span lang=\"de\">Donaudampfschifffahrtsgesellschaftskapitän und die "
           "Bundesverfassungsgerichtsentscheidung</span> stehen hier, damit Silbentrennung "
           "auf mehreren Fäden gefragt wird.\n\n";
  }
  return out;
}

class ParallelParagraphs : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("folio-parallel-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    fs::create_directories(dir_);
    std::ofstream(dir_ / "long.md") << long_issue(3);
    // The May issue's figures: a figure's caption is set on the calling thread between queued paragraphs.
    fs::copy(std::string(FOLIO_SOURCE_DIR) + "/samples/2025-05/images", dir_ / "images");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The PDF and the layout dump of a render on `threads` threads.
  std::pair<std::string, std::string> render_on(unsigned threads) {
    folio::RenderOptions options;
    options.input = (dir_ / "long.md").string();
    options.output = (dir_ / ("out-" + std::to_string(threads) + ".pdf")).string();
    options.layout_dump = (dir_ / ("out-" + std::to_string(threads) + ".txt")).string();
    options.threads = threads;
    folio::render(options);  // resources of its own: a cold shape cache every time
    return {read_file(options.output), read_file(options.layout_dump)};
  }

  fs::path dir_;
};

TEST_F(ParallelParagraphs, PdfAndLayoutAreTheSameOnAnyNumberOfThreads) {
  const auto [pdf, dump] = render_on(1);
  ASSERT_GT(pdf.size(), 10000u);
  // Long enough that threads set paragraphs side by side, and the German words were hyphenated.
  ASSERT_GT(std::count(dump.begin(), dump.end(), '\n'), 600);
  ASSERT_NE(dump.find("Donau"), std::string::npos);
  for (unsigned threads : {2u, 5u}) {
    for (int round = 0; round < 2; ++round) {
      const auto [other_pdf, other_dump] = render_on(threads);
      EXPECT_TRUE(other_dump == dump) << threads << " threads, round " << round;
      EXPECT_TRUE(other_pdf == pdf) << threads << " threads, round " << round;
    }
  }
}

}  // namespace
