// docs/styles.md cannot drift from the schema: its tables of keys (names, values, defaults,
// meanings) and the list of required styles are generated from the tables the loaders read with.
// After changing the schema, regenerate them with
//
//   FOLIO_UPDATE_DOCS=1 build/test_style --gtest_filter='DocsSchema.*'
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "style/schema_doc.hpp"
#include "style/schema_info.hpp"

namespace folio::style {
namespace {

const std::string kDoc = FOLIO_SOURCE_DIR "/docs/styles.md";

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The ids of the doc's generated blocks, in order.
std::vector<std::string> block_ids(const std::string& doc) {
  std::vector<std::string> ids;
  const std::string begin = "<!-- generated: ";
  for (size_t at = 0; (at = doc.find(begin, at)) != std::string::npos; at += begin.size())
    ids.push_back(doc.substr(at + begin.size(), doc.find(" -->", at) - at - begin.size()));
  return ids;
}

TEST(DocsSchema, TheDocsTablesAreTheGeneratedOnes) {
  const std::string doc = read(kDoc);
  ASSERT_FALSE(doc.empty());
  const std::string fresh = regenerate_doc(doc);
  if (std::getenv("FOLIO_UPDATE_DOCS") && fresh != doc) {
    std::ofstream(kDoc, std::ios::binary) << fresh;
    GTEST_SKIP() << "rewrote " << kDoc;
  }
  EXPECT_EQ(doc, fresh) << "docs/styles.md is out of date; see the top of " << __FILE__;
}

TEST(DocsSchema, EveryTableIsDocumentedOnce) {
  std::multiset<std::string> ids;
  for (const std::string& id : block_ids(read(kDoc))) ids.insert(id);
  for (const TableInfo& t : schema_tables()) EXPECT_EQ(ids.count(t.id), 1u) << t.id;
  EXPECT_EQ(ids.count("required-styles"), 1u);
  EXPECT_EQ(ids.size(), schema_tables().size() + 1);
}

// The check above must be able to fail: a doc edited by hand is put back.
TEST(DocsSchema, AHandEditedRowIsRegenerated) {
  const std::string edited =
      "intro\n<!-- generated: flow -->\n| `widow-lines` | 1..99 | `3` | made up |\n<!-- end generated "
      "-->\nafter\n";
  EXPECT_EQ(
      regenerate_doc(edited),
      "intro\n<!-- generated: flow -->\n"
      "| key | value | default | meaning |\n"
      "|---|---|---|---|\n"
      "| `widow-lines` | whole number 1..10 | `2` | lines of a paragraph that must end up together at a "
      "column top |\n"
      "| `orphan-lines` | whole number 1..10 | `2` | lines that must stay together at a column foot |\n"
      "| `lines-after-heading` | whole number 1..10 | `2` | lines that must follow a heading in its column "
      "|\n"
      "<!-- end generated -->\nafter\n");
  EXPECT_THROW(regenerate_doc("<!-- generated: flow -->\n| x |\n"), std::runtime_error);
  EXPECT_THROW(regenerate_doc("<!-- generated: no-such-table -->\n<!-- end generated -->\n"),
               std::out_of_range);
}

}  // namespace
}  // namespace folio::style
