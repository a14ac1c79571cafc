// The shared YAML reader: positions in the file's own lines (also for a part of a file, as front
// matter is), and the one wording of its messages.
#include "common/yaml_reader.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

// Runs `f`, which must throw folio::Error; returns "line:col: message".
template <class F>
std::string error_of(F f) {
  try {
    f();
  } catch (const Error& e) {
    const Diagnostic& d = e.diagnostic();
    return std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message;
  }
  ADD_FAILURE() << "expected folio::Error";
  return "";
}

TEST(YamlReader, PositionsCountFromTheFirstLineOfThePart) {
  const YamlReader r = YamlReader::parse("a: 1\nbb:\n  c: x\n", "f.md", "front matter", 2);
  const std::vector<Field> top = r.root_fields({"a", "bb"});
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(r.pos(top[0]).line, 2);
  EXPECT_EQ(r.pos(top[0]).column, 4);
  const std::vector<Field> inner = r.fields(top[1], {"c"}, "'bb'");
  EXPECT_EQ(r.pos(inner[0]).file, "f.md");
  EXPECT_EQ(r.pos(inner[0]).line, 4);
  EXPECT_EQ(r.pos(inner[0]).column, 6);
  EXPECT_EQ(r.text(inner[0]), "x");
}

TEST(YamlReader, SyntaxErrorsPointIntoTheFile) {
  EXPECT_EQ(error_of([] { YamlReader::parse("a: [1\n", "f.md", "front matter", 2); }),
            "3:1: YAML syntax error: end of sequence flow not found");
  EXPECT_EQ(error_of([] { YamlReader::parse("a: [1\n", "f.yaml", "style sheet"); }),
            "2:1: YAML syntax error: end of sequence flow not found");
  EXPECT_EQ(error_of([] { YamlReader::parse("- a\n", "f.yaml", "page layout"); }),
            "1:1: expected a map of settings at the top of the page layout, got a list");
}

TEST(YamlReader, UnknownAndDuplicateKeys) {
  const YamlReader r = YamlReader::parse("isue: 1\nlang: x\nlang: y\n", "f.md", "front matter", 2);
  EXPECT_EQ(error_of([&] {
              r.root_fields({"issue", "lang"}, "the front matter");
            }),
            "2:1: unknown key 'isue' in the front matter (did you mean 'issue'?)");
  EXPECT_EQ(error_of([&] {
              r.root_fields({"isue", "lang"});
            }),
            "4:1: duplicate key 'lang' in the top level (first given on line 3)");
  EXPECT_EQ(error_of([&] { r.root_fields({"title", "lang"}); }), "2:1: unknown key 'isue' in the top level");
  const YamlReader names = YamlReader::parse("zeta: 1\nalpha: 2\n", "f.yaml", "style sheet");
  const std::vector<Field> any = names.root_fields({});  // no list: any key, in file order
  ASSERT_EQ(any.size(), 2u);
  EXPECT_EQ(any[0].key, "zeta");
}

TEST(YamlReader, TypedScalarsNameTheirKey) {
  const YamlReader r =
      YamlReader::parse("n: 12\nx: 1.5e1\nb: off\nl: [a, b]\nm: {k: v}\ne:\n", "f.yaml", "sheet");
  const std::vector<Field> f = r.root_fields({});
  EXPECT_EQ(r.integer(f[0], 1, 20), 12);
  EXPECT_EQ(error_of([&] { r.integer(f[0], 1, 6); }), "1:4: 'n' must be between 1 and 6, got 12");
  EXPECT_EQ(error_of([&] { r.integer(f[1], 1, 6); }), "2:4: expected a whole number for 'x', got '1.5e1'");
  EXPECT_EQ(r.number(f[1]), 15.0);
  EXPECT_FALSE(r.boolean(f[2]));
  EXPECT_EQ(r.text_list(f[3]), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(error_of([&] { r.text(f[4]); }), "5:4: expected text for 'm', got a map");
  EXPECT_EQ(error_of([&] { r.text(f[5]); }), "6:1: missing value for 'e'");
}

}  // namespace
}  // namespace folio
