// A long issue's body is read a part at a time where it is set (input/body_parts.hpp), so its
// blocks never all exist at once. Every sample read that way, however small, sets exactly the
// pages of the sample parsed whole: same lines, same places, same contents list.
#include <gtest/gtest.h>

#include <filesystem>

#include "common/read_file.hpp"
#include "frame/layout_dump.hpp"
#include "input/body_parts.hpp"
#include "input/load_issue.hpp"
#include "pipeline/render_job.hpp"

namespace folio::pipeline {
namespace {

namespace fs = std::filesystem;

std::string layout_of(input::Document doc, Resources& resources) {
  RenderOptions options;
  options.data_dir = FOLIO_SOURCE_DIR;
  Diagnostics diags;
  return frame::dump_layout(typeset_document(std::move(doc), diags, options, resources).pages);
}

TEST(BodyParts, EverySampleReadInPartsSetsThePagesOfOneParse) {
  Resources resources;
  int streamed = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(FOLIO_SOURCE_DIR) / "samples")) {
    if (entry.path().extension() != ".md") continue;
    const std::string path = entry.path().string();
    const std::string text = read_file_within(path, "issue file", std::size_t{1} << 24);
    if (text.rfind("---", 0) != 0) continue;
    SCOPED_TRACE(path);
    Diagnostics whole_diags, parts_diags;
    input::Document whole = input::parse_issue(text, path, whole_diags);
    // Every body in parts, cut wherever it may be.
    input::Document parts = input::parse_issue(text, path, parts_diags, 0, 1);
    EXPECT_EQ(parts_diags.all().size(), whole_diags.all().size());
    if (!parts.parts) {  // link references or footnotes keep a body whole
      EXPECT_FALSE(parts.blocks.empty());
      continue;
    }
    ++streamed;
    EXPECT_TRUE(parts.blocks.empty());
    ASSERT_EQ(parts.headings.size(), whole.headings.size());
    EXPECT_EQ(layout_of(std::move(parts), resources), layout_of(std::move(whole), resources));
  }
  EXPECT_GT(streamed, 10);
}

// A heading that sets no line has no place on any page: the contents list leaves it out.
TEST(BodyParts, AHeadingThatSetsNoLineIsLeftOutOfTheContents) {
  const fs::path dir = fs::temp_directory_path() / "folio-empty-heading";
  fs::create_directories(dir);
  const std::string path = (dir / "issue.md").string();
  Diagnostics diags;
  input::Document doc = input::parse_issue(
      "---\npublication: Review\nissue: May 2025\n---\n\n# First\n\nText.\n\n# <!-- nothing -->\n\nMore.\n\n"
      "# Last\n\nEnd.\n",
      path, diags);
  ASSERT_EQ(doc.headings.size(), 3u);
  Resources resources;
  const std::string layout = layout_of(std::move(doc), resources);
  EXPECT_NE(layout.find("contents-entry"), std::string::npos);
  EXPECT_NE(layout.find("| First 1\n"), std::string::npos) << layout;
  EXPECT_NE(layout.find("| Last 1\n"), std::string::npos) << layout;
  std::size_t entries = 0;
  for (std::size_t at = layout.find("contents-entry"); at != std::string::npos; at = layout.find("contents-entry", at + 1))
    ++entries;
  EXPECT_EQ(entries, 2u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace folio::pipeline
