// The style schema itself: which keys each table has, that every value kind reads back what it
// shows, and that a misspelt key of any table is named with the key it resembles.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "style/layout_schema.hpp"
#include "style/load_page_template.hpp"
#include "style/load_style_sheet.hpp"
#include "style/schema_info.hpp"
#include "style/sheet_schema.hpp"
#include "style/style_listing.hpp"
#include "style/value_kinds.hpp"
#include "style_test_util.hpp"

namespace folio::style {
namespace {

using testing::error_of;
using testing::required_char_styles;
using testing::required_paragraph_styles;
using testing::TempDir;
using Keys = std::vector<std::string>;

TEST(Schema, EveryTableHasExactlyTheseKeysInThisOrder) {
  const std::map<std::string, Keys> expected = {
      {"style-sheet",
       {"colors", "fonts", "link-color", "breaking", "flow", "font-files", "font-fallback", "table", "footnotes",
        "captions", "paragraph-styles", "character-styles"}},
      {"paragraph-style",
       {"based-on", "family", "weight", "style", "size", "leading", "tracking", "color", "align",
        "first-indent", "left-indent", "right-indent", "space-before", "space-after", "hyphenate",
        "hyphen-min-word", "keep-with-next", "text-transform", "features", "background", "left-rule",
        "padding"}},
      {"character-style",
       {"based-on", "family", "weight", "style", "size-scale", "baseline-shift", "color", "underline",
        "strikethrough", "underline-thickness", "underline-offset", "text-transform", "features"}},
      {"breaking",
       {"pretolerance", "tolerance", "line-penalty", "hyphen-penalty", "ex-hyphen-penalty", "adj-demerits",
        "double-hyphen-demerits", "final-hyphen-demerits", "emergency-stretch", "max-hyphen-run",
        "expansion", "max-space-stretch"}},
      {"flow", {"widow-lines", "orphan-lines", "lines-after-heading"}},
      {"table",
       {"top-rule", "header-rule", "bottom-rule", "column-gap", "row-space", "rule-space", "space-before",
        "space-after", "min-size"}},
      {"footnotes", {"rule", "rule-width", "space-above", "space-below"}},
      {"captions", {"label", "label-style"}},
      {"page-layout",
       {"colors", "page", "margins", "columns", "gutter", "column-rule", "baseline-grid", "masthead",
        "footer", "header", "figures"}},
      {"layout-page", {"size", "width", "height"}},
      {"layout-margins", {"top", "right", "bottom", "left"}},
      {"layout-rule", {"thickness", "color"}},
      {"layout-masthead",
       {"band-height", "band-color", "rule-below", "space-after", "contents", "contents-title", "contents-level",
        "contents-depth"}},
      {"layout-furniture", {"left", "center", "right", "baseline", "rule", "style"}},
      {"layout-figures", {"max-height", "min-ppi", "space"}},
  };
  ASSERT_EQ(schema_tables().size(), expected.size());
  for (const TableInfo& t : schema_tables()) {
    ASSERT_TRUE(expected.count(t.id)) << t.id;
    EXPECT_EQ(key_names(t.id), expected.at(t.id)) << t.id;
  }
  EXPECT_THROW(schema_table("paragraph"), std::out_of_range);
}

// Each key says what may be written, what it means and (but for maps read by the loader) its
// default; a map of keys names the table that reads it.
TEST(Schema, EveryKeyIsDescribed) {
  for (const TableInfo& t : schema_tables())
    for (const KeyInfo& k : t.keys) {
      EXPECT_FALSE(k.value.empty()) << t.id << "." << k.name;
      EXPECT_FALSE(k.description.empty()) << t.id << "." << k.name;
      if (!k.nested.empty()) {
        EXPECT_NO_THROW(schema_table(k.nested)) << t.id << "." << k.name;
      }
    }
  const TableInfo& para = schema_table("paragraph-style");
  EXPECT_EQ(para.keys[4].name, "size");
  EXPECT_EQ(para.keys[4].value, "length > 0");
  EXPECT_EQ(para.keys[4].default_value, "`9.5pt`");  // from a default ParagraphStyle
  EXPECT_EQ(schema_table("character-style").keys[1].default_value, "paragraph's");
  EXPECT_EQ(schema_table("breaking").keys[10].value, "number 0..0.05");
  EXPECT_EQ(schema_table("page-layout").keys[6].default_value, "`off`");
  EXPECT_EQ(schema_table("layout-page").keys[1].default_value, "`595.276pt`");  // A4
  EXPECT_EQ(schema_table("page-layout").keys[5].nested, "layout-rule");
}

// One value kind: reads `text` as the value of key `k`, shows it.
template <class T>
std::string shown(const Kind<T>& kind, const std::string& text, Sp em = 0) {
  const YamlReader r = YamlReader::parse("k: " + text + "\n", "f.yaml", "test");
  Tokens tokens;
  tokens.colors["ink"] = Color::rgb(0.0625, 0.0625, 0.0625);
  tokens.fonts["serif"] = "Noto Serif";
  Origins origins;
  ReadContext c{r, tokens, origins, "", "", em};
  return kind.format(kind.parse(c, r.root_fields({})[0]));
}

// What a kind shows, it reads back as the same value.
template <class T>
void round_trip(const Kind<T>& kind, const std::string& text, const std::string& expected, Sp em = 0) {
  EXPECT_EQ(shown(kind, text, em), expected) << text;
  const std::string again = expected.size() > 1 && expected[0] == '#' ? "\"" + expected + "\"" : expected;
  EXPECT_EQ(shown(kind, again, em), expected) << text;
}

TEST(Schema, EveryValueKindReadsBackWhatItShows) {
  round_trip(length(Sign::NonNegative), "1in", "72pt");
  round_trip(length(Sign::NonNegative), "17mm", "48.189pt");
  round_trip(length(Sign::Any), "-0.5em", "-5pt", pt(10));
  round_trip(whole(-1, 10000), "-1", "-1");
  round_trip(positive_number(), "0.65", "0.65");
  round_trip(fraction(0.05), "0.03", "0.03");
  round_trip(em_number(), "0.38em", "0.38");
  round_trip(em_number(), "-0.15", "-0.15");
  round_trip(boolean(), "no", "false");
  round_trip(colour(), "\"#F80\"", "#FF8800");
  round_trip(colour(), "ink", "#101010");
  round_trip(colour(), "cmyk(0%, 50%, 100%, 10%)", "cmyk(0, 0.5, 1, 0.1)");
  round_trip(family(), "serif", "Noto Serif");
  round_trip(weight(), "bold", "bold");
  round_trip(weight(), "600", "600");
  round_trip(weight(), "400", "regular");
  round_trip(features(), "[smcp, -liga, kern=0]", "[smcp, -liga, kern=0]");
  round_trip(text(), "In this issue", "\"In this issue\"");
  round_trip(name_of("a style"), "footer", "footer");
  round_trip(furniture_template(), "\"{issue|upper}   {page}\"", "\"{issue|upper}   {page}\"");
  round_trip(grid(kAutoGrid), "auto", "auto");
  round_trip(grid(kAutoGrid), "false", "off");
  round_trip(grid(kAutoGrid), "13pt", "13pt");
  round_trip(choice<Align>({{"justify", Align::Justify}, {"left", Align::Left}}), "left", "left");
}

// The values of an owner as the listing shows them, by key; unset ones ("paragraph's") and
// based-on (its values are resolved already) are left out.
template <class Owner>
std::map<std::string, std::string> shown_values(const Table<Owner>& table, const Owner& owner) {
  std::vector<Listed> listed;
  list_table(table, owner, "", listed);
  std::map<std::string, std::string> out;
  for (const Listed& l : listed)
    if (l.value && *l.value != "paragraph's" && *l.value != "font's" && *l.value != "none") out[l.key] = *l.value;
  return out;
}

// A file that writes `values` out, as the listing shows them, nested by their dotted keys.
std::string yaml_of(const std::map<std::string, std::string>& values, const std::string& indent) {
  std::string out;
  std::vector<std::string> open;  // the parent keys of the previous line
  for (const auto& [key, value] : values) {
    std::vector<std::string> parts;
    for (size_t at = 0;;) {
      const size_t dot = key.find('.', at);
      parts.push_back(key.substr(at, dot - at));
      if (dot == std::string::npos) break;
      at = dot + 1;
    }
    size_t same = 0;
    while (same < open.size() && same + 1 < parts.size() && open[same] == parts[same]) ++same;
    open.resize(same);
    for (size_t i = same; i + 1 < parts.size(); ++i) {
      out += indent + std::string(2 * i, ' ') + parts[i] + ":\n";
      open.push_back(parts[i]);
    }
    const std::string shown = value[0] == '#' ? "\"" + value + "\"" : value;  // # starts a comment
    out += indent + std::string(2 * (parts.size() - 1), ' ') + parts.back() + ": " + shown + "\n";
  }
  return out;
}

// Every property of the shipped files, written out as the listing shows it, reads back as the
// same value: each kind's parse reads what its format writes.
TEST(Schema, ShippedFilesSurviveListingAndReading) {
  TempDir dir;
  for (const char* name : {"default", "modern"}) {
    const StyleSheet sheet = load_style_sheet(std::string(FOLIO_SOURCE_DIR) + "/styles/" + name + ".yaml");
    std::string yaml = yaml_of(shown_values(sheet_table(), sheet), "") + "paragraph-styles:\n";
    for (const auto& [style, s] : sheet.paragraphs)
      yaml += "  " + style + ":\n" + yaml_of(shown_values(paragraph_table(), s), "    ");
    yaml += "character-styles:\n";
    for (const auto& [style, s] : sheet.characters)
      yaml += "  " + style + ":\n" + yaml_of(shown_values(char_table(), s), "    ");
    const StyleSheet again = load_style_sheet(dir.write(std::string(name) + ".yaml", yaml));
    EXPECT_EQ(shown_values(sheet_table(), again), shown_values(sheet_table(), sheet)) << name;
    EXPECT_EQ(again.origins.size(), shown_values(sheet_table(), sheet).size()) << name;  // all written out
    for (const auto& [style, s] : sheet.paragraphs) {
      EXPECT_EQ(shown_values(paragraph_table(), again.paragraphs.at(style)),
                shown_values(paragraph_table(), s));
      EXPECT_EQ(again.paragraphs.at(style).origins.size(), shown_values(paragraph_table(), s).size()) << style;
    }
    for (const auto& [style, s] : sheet.characters)
      EXPECT_EQ(shown_values(char_table(), again.characters.at(style)), shown_values(char_table(), s));
  }
  for (const char* name : {"default", "letter", "tabloid-3col"}) {
    const PageTemplate t = load_page_template(std::string(FOLIO_SOURCE_DIR) + "/layout/" + name + ".yaml");
    const std::map<std::string, std::string> values = shown_values(layout_table(), t);
    const PageTemplate again =
        load_page_template(dir.write(std::string(name) + "-l.yaml", yaml_of(values, "")));
    EXPECT_EQ(shown_values(layout_table(), again), values) << name;
    EXPECT_EQ(again.origins.size(), values.size()) << name;
  }
}

// The fuzzers' hand-made seeds load: a seed the schema has outgrown (a new required style) fails
// at once, and the style or layout fuzzer would never reach composition from it.
TEST(Schema, FuzzSeedsLoad) {
  const std::string seeds = std::string(FOLIO_SOURCE_DIR) + "/fuzz/corpus/";
  EXPECT_EQ(load_style_sheet(seeds + "style/minimal.yaml").paragraphs.count("footnote"), 1u);
  EXPECT_EQ(load_page_template(seeds + "layout/minimal.yaml").columns, 1);
}

// Where each table's keys sit in a file, to misspell them there: the text before and after one
// `key: value` line. A style sheet needs its required styles.
struct Place {
  std::string before, after;
  bool sheet = true;
};
Place place_of(const std::string& table) {
  const std::string styles =
      "paragraph-styles:\n" + required_paragraph_styles() + "character-styles:\n" + required_char_styles();
  if (table == "style-sheet") return {"", styles};
  if (table == "paragraph-style")
    return {"paragraph-styles:\n  a:\n    ",
            required_paragraph_styles() + "character-styles:\n" + required_char_styles()};
  if (table == "character-style")
    return {"character-styles:\n  a:\n    ",
            required_char_styles() + "paragraph-styles:\n" + required_paragraph_styles()};
  if (table == "breaking" || table == "flow" || table == "table" || table == "footnotes" || table == "captions")
    return {table + ":\n  ", styles};
  if (table == "page-layout") return {"", "", false};
  if (table == "layout-page") return {"page:\n  ", "", false};
  if (table == "layout-margins") return {"margins:\n  ", "", false};
  if (table == "layout-rule") return {"column-rule:\n  ", "", false};
  if (table == "layout-masthead") return {"masthead:\n  ", "", false};
  if (table == "layout-figures") return {"figures:\n  ", "", false};
  return {"footer:\n  ", "", false};
}

// A key one letter short is one edit away: the message names the key meant.
TEST(Schema, AMisspeltKeyOfAnyTableNamesTheKeyMeant) {
  TempDir dir;
  int checked = 0;
  for (const TableInfo& t : schema_tables()) {
    const Place p = place_of(t.id);
    for (const KeyInfo& k : t.keys) {
      const std::string typo = k.name.substr(0, k.name.size() - 1);  // one letter short
      const std::string path = dir.write("t.yaml", p.before + typo + ": x\n" + p.after);
      const Diagnostic d =
          error_of([&] { p.sheet ? (void)load_style_sheet(path) : (void)load_page_template(path); });
      EXPECT_EQ(d.message.substr(0, 14 + typo.size()), "unknown key '" + typo + "'")
          << t.id << ": " << d.message;
      EXPECT_NE(d.message.find("(did you mean '" + k.name + "'?)"), std::string::npos)
          << t.id << ": " << d.message;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 114);  // every key of every table
}

}  // namespace
}  // namespace folio::style
