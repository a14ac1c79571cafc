// docs/styles.md cannot drift from the loaders: every key they accept has a row in the table of
// its section.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "style/schema.hpp"

namespace folio::style {
namespace {

// Which heading of docs/styles.md documents each key section (the heading line starts so).
const std::map<std::string, std::string> kHeadings = {
    {"style sheet", "### Top level of a style sheet"},
    {"breaking", "### `breaking`"},
    {"flow", "### `flow`"},
    {"paragraph style", "### Paragraph style properties"},
    {"character style", "### Character style properties"},
    {"page layout", "### Top level of a page layout"},
    {"layout page", "### `page`"},
    {"layout margins", "### `margins`"},
    {"layout rule", "### Rules"},
    {"layout masthead", "### `masthead`"},
    {"layout furniture", "### `footer` and `header`"},
};

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool is_heading(const std::string& line) {
  return line.rfind("# ", 0) == 0 || line.rfind("## ", 0) == 0 || line.rfind("### ", 0) == 0;
}

// The first cells of the table rows under `heading`, up to the next heading.
std::vector<std::string> first_cells(const std::vector<std::string>& lines, const std::string& heading) {
  std::vector<std::string> cells;
  bool inside = false;
  for (const std::string& line : lines) {
    if (is_heading(line)) {
      if (inside) break;
      inside = line.rfind(heading, 0) == 0;
      continue;
    }
    if (inside && line.rfind("|", 0) == 0) cells.push_back(line.substr(1, line.find('|', 1) - 1));
  }
  return cells;
}

TEST(DocsKeys, EveryKeyTheLoadersAcceptIsInItsDocsTable) {
  const std::vector<std::string> lines = read_lines(FOLIO_SOURCE_DIR "/docs/styles.md");
  ASSERT_FALSE(lines.empty());
  for (const KeySection& section : key_sections()) {
    const auto heading = kHeadings.find(section.name);
    ASSERT_NE(heading, kHeadings.end()) << "no docs heading known for key section '" << section.name << "'";
    const std::vector<std::string> cells = first_cells(lines, heading->second);
    ASSERT_FALSE(cells.empty()) << "no table under '" << heading->second << "' in docs/styles.md";
    for (const std::string& key : *section.keys) {
      bool found = false;
      for (const std::string& cell : cells) found = found || cell.find("`" + key + "`") != std::string::npos;
      EXPECT_TRUE(found) << "'" << key << "' (" << section.name << ") has no row under '" << heading->second
                         << "' in docs/styles.md";
    }
  }
}

// The check above must be able to fail: a key nobody documents is not found.
TEST(DocsKeys, AnUndocumentedKeyIsNotFound) {
  const std::vector<std::string> lines = read_lines(FOLIO_SOURCE_DIR "/docs/styles.md");
  const std::vector<std::string> cells = first_cells(lines, "### Paragraph style properties");
  ASSERT_EQ(cells.size(), 2 + kParagraphProperties.size());  // header and separator rows too
  for (const std::string& cell : cells) EXPECT_EQ(cell.find("`leadng`"), std::string::npos);
  EXPECT_TRUE(first_cells(lines, "### No such heading").empty());
}

}  // namespace
}  // namespace folio::style
