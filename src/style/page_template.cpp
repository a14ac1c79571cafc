#include "style/page_template.hpp"

#include <cstdio>

#include "style/expand_template.hpp"
#include "style/length.hpp"
#include "style/schema.hpp"
#include "style/values.hpp"
#include "common/yaml_reader.hpp"

namespace folio::style {
namespace {

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

// Reads the sections of one layout file, recording where every value came from under its dotted
// key ("footer.rule.color").
class LayoutReader {
 public:
  LayoutReader(const YamlReader& r, PageTemplate& t) : r_(r), t_(t) {}

  void colors(const Field& section) {
    for (const Field& f : r_.fields(section, {}, "'colors'")) {
      colors_[f.key] = color_value(r_, f, {});
      color_pos_[f.key] = r_.pos(f);
    }
  }

  void page(const Field& page) {
    std::vector<std::string> names;
    for (const NamedSize& s : kSizes) names.push_back(s.name);
    auto named = [&](const Field& f) {
      const NamedSize& s = kSizes[choice_value(r_, f, names)];
      t_.width = parse_length(s.width, 0).value;
      t_.height = parse_length(s.height, 0).value;
      note("page.width", f);
      note("page.height", f);
    };
    if (page.value.IsScalar()) return named(page);  // `page: A4` as a shorthand

    bool size = false, width = false, height = false;
    for (const Field& f : r_.fields(page, kPageKeys, "'page'")) {
      if (f.key == "size") named(f), size = true;
      if (f.key == "width") t_.width = length(f, "page.", kPositive), width = true;
      if (f.key == "height") t_.height = length(f, "page.", kPositive), height = true;
    }
    if (size ? (width || height) : !(width && height))
      r_.fail(page, "give 'page' either a 'size' (A4, A5 or Letter) or both 'width' and 'height'");
  }

  void margins(const Field& section) {
    Margins& m = t_.margins;
    if (section.value.IsScalar()) {
      const Sp all = length_value(r_, section, kNonNegative);
      m = Margins{all, all, all, all};
      for (const std::string& side : kMarginKeys) note("margins." + side, section);
      return;
    }
    Sp* sides[] = {&m.top, &m.right, &m.bottom, &m.left};
    bool given[4] = {false, false, false, false};
    for (const Field& f : r_.fields(section, kMarginKeys, "'margins'")) {
      for (size_t i = 0; i < 4; ++i)
        if (f.key == kMarginKeys[i]) *sides[i] = length(f, "margins.", kNonNegative), given[i] = true;
    }
    for (size_t i = 0; i < 4; ++i)
      if (!given[i])
        r_.fail(section,
                "missing '" + kMarginKeys[i] + "' in 'margins' (give all four sides, or one length for all)");
  }

  void columns(const Field& f) {
    t_.columns = r_.integer(f, 1, 6);
    note("columns", f);
  }
  void gutter(const Field& f) { t_.gutter = length(f, "", kNonNegative); }

  void baseline_grid(const Field& f) {
    const std::string word = f.value.IsScalar() ? f.value.Scalar() : "";
    if (word == "off" || word == "false")
      t_.baseline_grid = 0;
    else if (word == "auto")
      t_.baseline_grid = kAutoGrid;
    else
      t_.baseline_grid = length_value(r_, f, kPositive);
    note("baseline-grid", f);
  }

  // `prefix` is the dotted path of the rule itself: "column-rule.", "footer.rule.".
  Rule rule(const Field& section, const std::string& prefix) {
    Rule rule;
    for (const Field& f : r_.fields(section, kRuleKeys, "'" + section.key + "'")) {
      if (f.key == "thickness") rule.thickness = length(f, prefix, kNonNegative);
      if (f.key == "color") rule.color = color(f, prefix);
    }
    return rule;
  }

  void masthead(const Field& section) {
    Masthead& m = t_.masthead;
    const std::string p = "masthead.";
    for (const Field& f : r_.fields(section, kMastheadKeys, "'masthead'")) {
      if (f.key == "band-height") m.band_height = length(f, p, kNonNegative);
      if (f.key == "band-color") m.band_color = color(f, p);
      if (f.key == "rule-below") m.rule_below = rule(f, p + "rule-below.");
      if (f.key == "space-after") m.space_after = length(f, p, kNonNegative);
      if (f.key == "contents") m.contents = r_.boolean(f), note(p + f.key, f);
      if (f.key == "contents-title") m.contents_title = r_.text(f), note(p + f.key, f);
    }
  }

  void furniture(const Field& section, Furniture& out) {
    const std::string p = section.key + ".";
    for (const Field& f : r_.fields(section, kFurnitureKeys, "'" + section.key + "'")) {
      if (f.key == "left") out.left = slot(f, p);
      if (f.key == "center") out.center = slot(f, p);
      if (f.key == "right") out.right = slot(f, p);
      if (f.key == "baseline") out.baseline = length(f, p, kNonNegative);
      if (f.key == "rule") out.rule = rule(f, p + "rule.");
      if (f.key == "style") out.style = r_.text(f), note(p + f.key, f);  // checked by the engine
    }
  }

 private:
  void note(const std::string& key, const Field& f, const TokenPositions* tokens = nullptr) {
    t_.origins[key] = value_origin(r_, f, "", tokens);
  }

  Sp length(const Field& f, const std::string& prefix, LengthRule rule) {
    const Sp v = length_value(r_, f, rule);
    note(prefix + f.key, f);
    return v;
  }
  Color color(const Field& f, const std::string& prefix) {
    const Color c = color_value(r_, f, colors_);
    note(prefix + f.key, f, &color_pos_);
    return c;
  }

  // Checks a furniture template now, so a typo is reported at its line rather than at render time.
  std::string slot(const Field& f, const std::string& prefix) {
    const std::string tpl = f.value.IsNull() ? std::string() : r_.text(f);
    static const std::map<std::string, std::string> kSample = {
        {"publication", "P"}, {"issue", "I"}, {"page", "1"}, {"pages", "1"}};
    try {
      expand_template(tpl, kSample, "en");
    } catch (const Error& e) {
      r_.fail(f, e.diagnostic().message);
    }
    note(prefix + f.key, f);
    return tpl;
  }

  const YamlReader& r_;
  PageTemplate& t_;
  ColorTokens colors_;
  TokenPositions color_pos_;
};

}  // namespace

PageTemplate load_page_template(const std::string& path) {
  const YamlReader r = YamlReader::load(path, "page layout");
  std::map<std::string, Field> top;  // read in a fixed order: colour tokens first
  for (Field& f : r.root_fields(kLayoutKeys)) top.emplace(f.key, std::move(f));
  const auto section = [&](const char* key) -> const Field* {
    const auto it = top.find(key);
    return it == top.end() ? nullptr : &it->second;
  };

  PageTemplate t;
  t.path = path;
  t.width = parse_length("210mm", 0).value;  // A4 unless told otherwise
  t.height = parse_length("297mm", 0).value;
  LayoutReader read(r, t);
  if (const Field* f = section("colors")) read.colors(*f);
  if (const Field* f = section("page")) read.page(*f);
  if (const Field* f = section("margins")) read.margins(*f);
  if (const Field* f = section("columns")) read.columns(*f);
  if (const Field* f = section("gutter")) read.gutter(*f);
  if (const Field* f = section("column-rule")) t.column_rule = read.rule(*f, "column-rule.");
  if (const Field* f = section("baseline-grid")) read.baseline_grid(*f);
  if (const Field* f = section("masthead")) read.masthead(*f);
  if (const Field* f = section("footer")) read.furniture(*f, t.footer);
  if (const Field* f = section("header")) read.furniture(*f, t.header);

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
