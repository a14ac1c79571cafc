// `folio styles check` tells style sheets from page layouts by their keys, then their folder.
#include "style/file_kind.hpp"

#include <gtest/gtest.h>

#include "style_test_util.hpp"

namespace folio::style {
namespace {

using testing::error_of;
using testing::TempDir;

TEST(FileKind, ByTopLevelKeys) {
  TempDir dir;
  EXPECT_EQ(detect_file_kind(dir.write("a.yaml", "colors: {}\nparagraph-styles: {}\n")),
            FileKind::StyleSheet);
  EXPECT_EQ(detect_file_kind(dir.write("b.yaml", "fonts: {serif: Noto Serif}\n")), FileKind::StyleSheet);
  EXPECT_EQ(detect_file_kind(dir.write("c.yaml", "colors: {}\npage: A4\n")), FileKind::PageLayout);
  EXPECT_EQ(detect_file_kind(dir.write("d.yaml", "margins: 1in\n")), FileKind::PageLayout);
  // More layout keys than style-sheet keys: a layout (the loader then names the stray key).
  EXPECT_EQ(detect_file_kind(dir.write("e.yaml", "flow: {}\ncolumns: 2\ngutter: 5mm\n")),
            FileKind::PageLayout);
}

TEST(FileKind, MisspeltKeysCountForTheKindTheyResemble) {
  TempDir dir;
  EXPECT_EQ(detect_file_kind(dir.write("a.yaml", "colors: {}\nparagraph-stlyes: {}\n")),
            FileKind::StyleSheet);
  EXPECT_EQ(detect_file_kind(dir.write("b.yaml", "colums: 3\n")), FileKind::PageLayout);
}

TEST(FileKind, UndecidedFilesGoByTheirFolder) {
  TempDir dir;
  EXPECT_EQ(detect_file_kind(dir.write("styles/x.yaml", "colors: {}\n")), FileKind::StyleSheet);
  EXPECT_EQ(detect_file_kind(dir.write("layout/x.yaml", "")), FileKind::PageLayout);
  const std::string path = dir.write("x.yaml", "colors: {}\n");
  const Diagnostic d = error_of([&] { detect_file_kind(path); });
  EXPECT_EQ(d.pos.file, path);
  EXPECT_EQ(d.pos.line, 0);
  EXPECT_EQ(d.message,
            "cannot tell whether this is a style sheet or a page layout: it has none of 'paragraph-styles', "
            "'character-styles', 'fonts' (style sheets) or 'page', 'margins', 'columns' (page layouts)");
}

TEST(FileKind, SyntaxErrorsAndMissingFilesAreErrors) {
  TempDir dir;
  const std::string path = dir.write("bad.yaml", "page: A4\nmargins: [1in\n");
  const Diagnostic d = error_of([&] { detect_file_kind(path); });
  EXPECT_EQ(d.pos.file, path);
  EXPECT_EQ(d.pos.line, 3);
  EXPECT_EQ(d.message.rfind("YAML syntax error: ", 0), 0u) << d.message;
  const Diagnostic missing = error_of([&] { detect_file_kind(dir.path() + "/none.yaml"); });
  EXPECT_EQ(missing.message, "cannot read the style sheet or page layout: No such file or directory");
}

TEST(FileKind, Names) {
  EXPECT_STREQ(file_kind_name(FileKind::StyleSheet), "style sheet");
  EXPECT_STREQ(file_kind_name(FileKind::PageLayout), "page layout");
}

}  // namespace
}  // namespace folio::style
