#include "style/style_sheet.hpp"

#include <climits>

#include "common/suggest.hpp"
#include "style/length.hpp"
#include "style/schema.hpp"
#include "style/style_inheritance.hpp"
#include "style/style_properties.hpp"
#include "style/values.hpp"
#include "common/yaml_reader.hpp"

namespace folio::style {
namespace {

constexpr int kMaxDemerits = 1000000000;

void read_color_tokens(const YamlReader& r, const Field& section, Tokens& tokens) {
  for (const Field& f : r.fields(section, {}, "'colors'")) {
    tokens.colors[f.key] = color_value(r, f, {});  // a token is defined by a literal colour
    tokens.color_pos[f.key] = r.pos(f);
  }
}

void read_font_tokens(const YamlReader& r, const Field& section, Tokens& tokens) {
  for (const Field& f : r.fields(section, {}, "'fonts'")) {
    tokens.fonts[f.key] = r.text(f);
    tokens.font_pos[f.key] = r.pos(f);
  }
}

// Top-level settings keep their origins under "<section>.<key>".
void note(const YamlReader& r, const Field& f, const std::string& section, Origins& origins) {
  origins[section + "." + f.key] = value_origin(r, f, "");
}

BreakParams read_breaking(const YamlReader& r, const Field& section, Origins& origins) {
  BreakParams b;
  for (const Field& f : r.fields(section, kBreakingKeys, "'breaking'")) {
    note(r, f, "breaking", origins);
    const std::string& k = f.key;
    if (k == "pretolerance") b.pretolerance = r.integer(f, -1, 10000);  // -1: skip the first pass
    if (k == "tolerance") b.tolerance = r.integer(f, 0, 10000);
    if (k == "line-penalty") b.line_penalty = r.integer(f, 0, 10000);
    if (k == "hyphen-penalty") b.hyphen_penalty = r.integer(f, -10000, 10000);
    if (k == "ex-hyphen-penalty") b.ex_hyphen_penalty = r.integer(f, -10000, 10000);
    if (k == "adj-demerits") b.adj_demerits = r.integer(f, 0, kMaxDemerits);
    if (k == "double-hyphen-demerits") b.double_hyphen_demerits = r.integer(f, 0, kMaxDemerits);
    if (k == "final-hyphen-demerits") b.final_hyphen_demerits = r.integer(f, 0, kMaxDemerits);
    if (k == "emergency-stretch") b.emergency_stretch = length_value(r, f, {0, Sign::NonNegative});
    if (k == "max-hyphen-run") b.max_hyphen_run = r.integer(f, 1, 100);
    if (k == "expansion") {
      b.expansion = r.number(f);
      if (b.expansion < 0 || b.expansion > 0.05) r.fail(f, "'expansion' must be between 0 and 0.05 (5%)");
    }
  }
  return b;
}

FlowParams read_flow(const YamlReader& r, const Field& section, Origins& origins) {
  FlowParams p;
  for (const Field& f : r.fields(section, kFlowKeys, "'flow'")) {
    note(r, f, "flow", origins);
    if (f.key == "widow-lines") p.widow_lines = r.integer(f, 1, 10);
    if (f.key == "orphan-lines") p.orphan_lines = r.integer(f, 1, 10);
    if (f.key == "lines-after-heading") p.lines_after_heading = r.integer(f, 1, 10);
  }
  return p;
}

// Every style the engine asks for must exist, whether defined or inherited by name.
template <class Style, size_t N>
void require_styles(const YamlReader& r, const std::map<std::string, Style>& styles,
                    const char* const (&names)[N], const std::string& kind, const Field* section) {
  std::string all;
  for (const char* n : names) all += (all.empty() ? "" : ", ") + std::string(n);
  for (const char* n : names) {
    if (styles.count(n)) continue;
    const std::string message =
        "missing " + kind + " style '" + n + "' (a style sheet must define all of: " + all + ")";
    if (section) r.fail(section->key_node, message);
    throw Error(SourcePos{r.path()}, message);
  }
}

}  // namespace

StyleSheet load_style_sheet(const std::string& path) {
  const YamlReader r = YamlReader::load(path, "style sheet");
  std::map<std::string, Field> top;  // read in a fixed order: tokens before the styles using them
  for (Field& f : r.root_fields(kSheetKeys)) top.emplace(f.key, std::move(f));
  const auto section = [&](const char* key) -> const Field* {
    const auto it = top.find(key);
    return it == top.end() ? nullptr : &it->second;
  };

  StyleSheet sheet;
  sheet.path = path;
  Tokens tokens;
  if (const Field* f = section("colors")) read_color_tokens(r, *f, tokens);
  if (const Field* f = section("fonts")) read_font_tokens(r, *f, tokens);
  if (const Field* f = section("breaking")) sheet.breaking = read_breaking(r, *f, sheet.origins);
  if (const Field* f = section("flow")) sheet.flow = read_flow(r, *f, sheet.origins);

  if (const Field* f = section("paragraph-styles")) {
    sheet.paragraphs = resolve_styles(r, *f, "paragraph", kParagraphProperties, ParagraphStyle{},
                                      [&](ParagraphStyle& s, const std::vector<Field>& props) {
                                        apply_paragraph_properties(r, tokens, props, s);
                                      });
  }
  if (const Field* f = section("character-styles")) {
    sheet.characters = resolve_styles(
        r, *f, "character", kCharProperties, CharStyle{},
        [&](CharStyle& s, const std::vector<Field>& props) { apply_char_properties(r, tokens, props, s); });
  }
  require_styles(r, sheet.paragraphs, kParagraphStyleNames, "paragraph", section("paragraph-styles"));
  require_styles(r, sheet.characters, kCharStyleNames, "character", section("character-styles"));

  // Without an explicit link-color, links take the colour of the `link` character style.
  if (const Field* f = section("link-color")) {
    sheet.link_color = color_value(r, *f, tokens.colors);
    sheet.origins["link-color"] = value_origin(r, *f, "", &tokens.color_pos);
  } else if (const CharStyle& link = sheet.characters.at("link"); link.color) {
    sheet.link_color = *link.color;
    sheet.origins["link-color"] = link.origins.at("color");  // shown as "from link"
  }
  return sheet;
}

namespace {

template <class Map>
[[noreturn]] void unknown_style(const StyleSheet& sheet, const Map& styles, const std::string& kind,
                                const std::string& name) {
  std::vector<std::string> names;
  for (const auto& kv : styles) names.push_back(kv.first);
  throw Error(SourcePos{sheet.path}, "unknown " + kind + " style '" + name + "'" + did_you_mean(name, names));
}

}  // namespace

const ParagraphStyle& StyleSheet::paragraph(const std::string& name) const {
  const auto it = paragraphs.find(name);
  if (it == paragraphs.end()) unknown_style(*this, paragraphs, "paragraph", name);
  return it->second;
}

const CharStyle& StyleSheet::character(const std::string& name) const {
  const auto it = characters.find(name);
  if (it == characters.end()) unknown_style(*this, characters, "character", name);
  return it->second;
}

SourcePos StyleSheet::origin(const std::string& style, const std::string& property) const {
  const Origins* origins = nullptr;
  if (const auto p = paragraphs.find(style); p != paragraphs.end()) {
    origins = &p->second.origins;
  } else if (const auto c = characters.find(style); c != characters.end()) {
    origins = &c->second.origins;
  } else {
    std::vector<std::string> names;
    for (const auto& kv : paragraphs) names.push_back(kv.first);
    for (const auto& kv : characters) names.push_back(kv.first);
    throw Error(SourcePos{path}, "unknown style '" + style + "'" + did_you_mean(style, names));
  }
  const auto it = origins->find(property);
  if (it == origins->end()) return SourcePos{path};
  return it->second.token.empty() ? it->second.pos : it->second.token_pos;
}

}  // namespace folio::style
