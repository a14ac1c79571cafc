#include "style/page_template.hpp"

#include <cstdio>

#include "style/length.hpp"
#include "style/values.hpp"
#include "style/yaml_reader.hpp"

namespace folio::style {
namespace {

const std::vector<std::string> kTopKeys = {"colors",      "page",          "margins",  "columns", "gutter",
                                           "column-rule", "baseline-grid", "masthead", "footer",  "header"};
const std::vector<std::string> kPageKeys = {"size", "width", "height"};
const std::vector<std::string> kSides = {"top", "right", "bottom", "left"};
const std::vector<std::string> kRuleKeys = {"thickness", "color"};
const std::vector<std::string> kMastheadKeys = {"band-height", "band-color", "rule-below",
                                                "space-after", "contents",   "contents-title"};
const std::vector<std::string> kFurnitureKeys = {"left", "center", "right", "baseline", "rule", "style"};

// Named page sizes, written the way a designer would, so they convert exactly like the files.
struct NamedSize {
  const char* name;
  const char* width;
  const char* height;
};
const NamedSize kSizes[] = {{"A4", "210mm", "297mm"}, {"A5", "148mm", "210mm"}, {"Letter", "8.5in", "11in"}};

const LengthRule kNonNegative{0, Sign::NonNegative};
const LengthRule kPositive{0, Sign::Positive};

std::string format_pt(Sp v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", to_pt(v));
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s + "pt";
}

ColorTokens read_colors(const YamlReader& r, const Field& section) {
  ColorTokens out;
  for (const Field& f : r.fields(section, {}, "'colors'")) out[f.key] = color_value(r, f, {});
  return out;
}

void read_page(const YamlReader& r, const Field& page, PageTemplate& t) {
  std::vector<std::string> names;
  for (const NamedSize& s : kSizes) names.push_back(s.name);
  auto named = [&](const Field& f) {
    const NamedSize& s = kSizes[choice_value(r, f, names)];
    t.width = parse_length(s.width, 0).value;
    t.height = parse_length(s.height, 0).value;
  };
  if (page.value.IsScalar()) return named(page);  // `page: A4` as a shorthand

  bool size = false, width = false, height = false;
  for (const Field& f : r.fields(page, kPageKeys, "'page'")) {
    if (f.key == "size") named(f), size = true;
    if (f.key == "width") t.width = length_value(r, f, kPositive), width = true;
    if (f.key == "height") t.height = length_value(r, f, kPositive), height = true;
  }
  if (size ? (width || height) : !(width && height))
    r.fail(page, "give 'page' either a 'size' (A4, A5 or Letter) or both 'width' and 'height'");
}

void read_margins(const YamlReader& r, const Field& section, Margins& m) {
  if (section.value.IsScalar()) {
    const Sp all = length_value(r, section, kNonNegative);
    m = Margins{all, all, all, all};
    return;
  }
  Sp* sides[] = {&m.top, &m.right, &m.bottom, &m.left};
  bool given[4] = {false, false, false, false};
  for (const Field& f : r.fields(section, kSides, "'margins'")) {
    for (size_t i = 0; i < 4; ++i)
      if (f.key == kSides[i]) *sides[i] = length_value(r, f, kNonNegative), given[i] = true;
  }
  for (size_t i = 0; i < 4; ++i)
    if (!given[i])
      r.fail(section,
             "missing '" + kSides[i] + "' in 'margins' (give all four sides, or one length for all)");
}

Rule read_rule(const YamlReader& r, const Field& section, const ColorTokens& colors) {
  Rule rule;
  for (const Field& f : r.fields(section, kRuleKeys, "'" + section.key + "'")) {
    if (f.key == "thickness") rule.thickness = length_value(r, f, kNonNegative);
    if (f.key == "color") rule.color = color_value(r, f, colors);
  }
  return rule;
}

void read_masthead(const YamlReader& r, const Field& section, const ColorTokens& colors, Masthead& m) {
  for (const Field& f : r.fields(section, kMastheadKeys, "'masthead'")) {
    if (f.key == "band-height") m.band_height = length_value(r, f, kNonNegative);
    if (f.key == "band-color") m.band_color = color_value(r, f, colors);
    if (f.key == "rule-below") m.rule_below = read_rule(r, f, colors);
    if (f.key == "space-after") m.space_after = length_value(r, f, kNonNegative);
    if (f.key == "contents") m.contents = r.boolean(f);
    if (f.key == "contents-title") m.contents_title = r.text(f);
  }
}

// Checks a furniture template now, so a typo is reported at its line rather than at render time.
std::string read_slot(const YamlReader& r, const Field& f) {
  const std::string tpl = f.value.IsNull() ? std::string() : r.text(f);
  static const std::map<std::string, std::string> kSample = {
      {"publication", "P"}, {"issue", "I"}, {"page", "1"}, {"pages", "1"}};
  try {
    expand_template(tpl, kSample);
  } catch (const Error& e) {
    r.fail(f, e.diagnostic().message);
  }
  return tpl;
}

void read_furniture(const YamlReader& r, const Field& section, const ColorTokens& colors, Furniture& out) {
  for (const Field& f : r.fields(section, kFurnitureKeys, "'" + section.key + "'")) {
    if (f.key == "left") out.left = read_slot(r, f);
    if (f.key == "center") out.center = read_slot(r, f);
    if (f.key == "right") out.right = read_slot(r, f);
    if (f.key == "baseline") out.baseline = length_value(r, f, kNonNegative);
    if (f.key == "rule") out.rule = read_rule(r, f, colors);
    if (f.key == "style") out.style = r.text(f);  // checked against the style sheet by the engine
  }
}

}  // namespace

PageTemplate load_page_template(const std::string& path) {
  const YamlReader r = YamlReader::load(path, "page layout");
  std::map<std::string, Field> top;  // read in a fixed order: colour tokens first
  for (Field& f : r.root_fields(kTopKeys)) top.emplace(f.key, std::move(f));
  const auto section = [&](const char* key) -> const Field* {
    const auto it = top.find(key);
    return it == top.end() ? nullptr : &it->second;
  };

  PageTemplate t;
  t.path = path;
  t.width = parse_length("210mm", 0).value;  // A4 unless told otherwise
  t.height = parse_length("297mm", 0).value;
  ColorTokens colors;
  if (const Field* f = section("colors")) colors = read_colors(r, *f);
  if (const Field* f = section("page")) read_page(r, *f, t);
  if (const Field* f = section("margins")) read_margins(r, *f, t.margins);
  if (const Field* f = section("columns")) t.columns = r.integer(*f, 1, 6);
  if (const Field* f = section("gutter")) t.gutter = length_value(r, *f, kNonNegative);
  if (const Field* f = section("column-rule")) t.column_rule = read_rule(r, *f, colors);
  if (const Field* f = section("baseline-grid")) {
    const bool off = f->value.IsScalar() && (f->value.Scalar() == "off" || f->value.Scalar() == "false");
    t.baseline_grid = off ? 0 : length_value(r, *f, kPositive);
  }
  if (const Field* f = section("masthead")) read_masthead(r, *f, colors, t.masthead);
  if (const Field* f = section("footer")) read_furniture(r, *f, colors, t.footer);
  if (const Field* f = section("header")) read_furniture(r, *f, colors, t.header);

  // The body must have room, or every later stage would divide by nothing.
  const Field* blame = section("columns") ? section("columns") : section("margins");
  const auto fail = [&](const std::string& message) {
    if (blame) r.fail(*blame, message);
    throw Error(SourcePos{path}, message);
  };
  if (t.column_width() <= 0)
    fail("no room for " + std::to_string(t.columns) + " columns: the page is " + format_pt(t.width) +
         " wide, the side margins and gutters take " +
         format_pt(t.margins.left + t.margins.right + t.gutter * (t.columns - 1)));
  if (t.margins.top + t.margins.bottom >= t.height)
    fail("no room for the body: the page is " + format_pt(t.height) +
         " high, the top and bottom margins take " + format_pt(t.margins.top + t.margins.bottom));
  return t;
}

}  // namespace folio::style
