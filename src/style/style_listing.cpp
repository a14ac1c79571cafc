#include "style/style_listing.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "style/schema.hpp"

namespace folio::style {
namespace {

std::string trimmed_number(double v, int decimals) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

// Three decimals of a point are finer than any press: 17mm shows as 48.189pt.
std::string length(Sp v) { return trimmed_number(to_pt(v), 3) + "pt"; }
std::string number(double v) { return trimmed_number(v, 6); }
std::string boolean(bool v) { return v ? "true" : "false"; }
std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string color(const Color& c) {
  if (c.space == Color::Space::Cmyk)
    return "cmyk(" + number(c.c[0]) + ", " + number(c.c[1]) + ", " + number(c.c[2]) + ", " + number(c.c[3]) +
           ")";
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02X%02X%02X", static_cast<int>(std::lround(c.c[0] * 255)),
                static_cast<int>(std::lround(c.c[1] * 255)), static_cast<int>(std::lround(c.c[2] * 255)));
  return buf;
}

std::string weight(int w) { return w == 400 ? "regular" : w == 700 ? "bold" : std::to_string(w); }
std::string italic(bool i) { return i ? "italic" : "normal"; }
std::string transform(bool upper) { return upper ? "uppercase" : "none"; }

std::string align(Align a) {
  switch (a) {
    case Align::Justify:
      return "justify";
    case Align::Left:
      return "left";
    case Align::Center:
      return "center";
    case Align::Right:
      return "right";
  }
  return "";
}

std::string features(const Features& f) {
  std::string s = "[";
  for (size_t i = 0; i < f.size(); ++i) s += (i ? ", " : "") + f[i];
  return s + "]";
}

[[noreturn]] void unknown(const std::string& what, const std::string& key) {
  throw std::logic_error("styles list: no format for " + what + " '" + key + "'");
}

std::string position(const SourcePos& p) {
  std::string s = p.file;
  if (p.line > 0) s += ":" + std::to_string(p.line);
  if (p.column > 0) s += ":" + std::to_string(p.column);
  return s;
}

struct Row {
  std::string name, value;
  const ValueOrigin* origin;  // null: the default
  const char* token_section;  // "colors" or "fonts"
};

// "value", plus the text as written when it says something the resolved value does not.
std::string shown_value(const Row& row) {
  const ValueOrigin* o = row.origin;
  if (!o || !o->token.empty() || o->text == row.value || quoted(o->text) == row.value) return row.value;
  if (o->text == "0" && row.value == "0pt") return row.value;
  return row.value + " (" + o->text + ")";
}

std::string where(const Row& row, const std::string& owner) {
  const ValueOrigin* o = row.origin;
  if (!o) return "default";
  std::string s;
  if (!o->style.empty() && o->style != owner) s = "from " + o->style + ", ";
  s += position(o->pos);
  if (!o->token.empty())
    s += std::string(", ") + row.token_section + "." + o->token + " at " + std::to_string(o->token_pos.line) +
         ":" + std::to_string(o->token_pos.column);
  return s;
}

// Aligns the origins of one block into a column.
void print_block(const std::vector<Row>& rows, const std::string& owner, std::string& out) {
  std::vector<std::string> lefts;
  size_t width = 0;
  for (const Row& row : rows) {
    lefts.push_back(row.name + " = " + shown_value(row));
    width = std::max(width, lefts.back().size());
  }
  if (!out.empty()) out += "\n";
  for (size_t i = 0; i < rows.size(); ++i)
    out += lefts[i] + std::string(width - lefts[i].size() + 3, ' ') + "(" + where(rows[i], owner) + ")\n";
}

const ValueOrigin* find(const Origins& origins, const std::string& key) {
  const auto it = origins.find(key);
  return it == origins.end() ? nullptr : &it->second;
}

const char* token_section(const std::string& property) { return property == "family" ? "fonts" : "colors"; }

template <class Style, class Value>
void print_style(const Style& s, const std::vector<std::string>& properties, Value value, std::string& out) {
  std::vector<Row> rows;
  for (const std::string& p : properties) {
    const ValueOrigin* o = find(s.origins, p);
    if (p == "based-on") {
      if (o) rows.push_back(Row{s.name + ".based-on", o->text, o, ""});
      continue;
    }
    rows.push_back(Row{s.name + "." + p, value(s, p), o, token_section(p)});
  }
  print_block(rows, s.name, out);
}

// Styles in the order the file defines them.
template <class Map>
std::vector<const typename Map::mapped_type*> in_file_order(const Map& styles) {
  std::vector<const typename Map::mapped_type*> out;
  for (const auto& kv : styles) out.push_back(&kv.second);
  std::stable_sort(out.begin(), out.end(), [](const auto* a, const auto* b) {
    return std::make_pair(a->pos.line, a->pos.column) < std::make_pair(b->pos.line, b->pos.column);
  });
  return out;
}

std::string sheet_value(const StyleSheet& sheet, const std::string& key) {
  const BreakParams& b = sheet.breaking;
  const FlowParams& f = sheet.flow;
  if (key == "link-color") return color(sheet.link_color);
  if (key == "breaking.pretolerance") return std::to_string(b.pretolerance);
  if (key == "breaking.tolerance") return std::to_string(b.tolerance);
  if (key == "breaking.line-penalty") return std::to_string(b.line_penalty);
  if (key == "breaking.hyphen-penalty") return std::to_string(b.hyphen_penalty);
  if (key == "breaking.ex-hyphen-penalty") return std::to_string(b.ex_hyphen_penalty);
  if (key == "breaking.adj-demerits") return std::to_string(b.adj_demerits);
  if (key == "breaking.double-hyphen-demerits") return std::to_string(b.double_hyphen_demerits);
  if (key == "breaking.final-hyphen-demerits") return std::to_string(b.final_hyphen_demerits);
  if (key == "breaking.emergency-stretch") return length(b.emergency_stretch);
  if (key == "breaking.max-hyphen-run") return std::to_string(b.max_hyphen_run);
  if (key == "breaking.expansion") return number(b.expansion);
  if (key == "flow.widow-lines") return std::to_string(f.widow_lines);
  if (key == "flow.orphan-lines") return std::to_string(f.orphan_lines);
  if (key == "flow.lines-after-heading") return std::to_string(f.lines_after_heading);
  unknown("style sheet setting", key);
}

std::string rule_value(const Rule& r, const std::string& key) {
  if (key == "thickness") return length(r.thickness);
  if (key == "color") return color(r.color);
  unknown("rule key", key);
}

std::string furniture_value(const Furniture& f, const std::string& key) {
  if (key == "left") return quoted(f.left);
  if (key == "center") return quoted(f.center);
  if (key == "right") return quoted(f.right);
  if (key == "baseline") return length(f.baseline);
  if (key == "style") return f.style;
  if (key.rfind("rule.", 0) == 0) return rule_value(f.rule, key.substr(5));
  unknown("furniture key", key);
}

}  // namespace

std::string paragraph_value(const ParagraphStyle& s, const std::string& p) {
  if (p == "family") return s.family;
  if (p == "weight") return weight(s.weight);
  if (p == "style") return italic(s.italic);
  if (p == "size") return length(s.size);
  if (p == "leading") return length(s.leading);
  if (p == "tracking") return length(s.tracking);
  if (p == "color") return color(s.color);
  if (p == "align") return align(s.align);
  if (p == "first-indent") return length(s.first_indent);
  if (p == "left-indent") return length(s.left_indent);
  if (p == "right-indent") return length(s.right_indent);
  if (p == "space-before") return length(s.space_before);
  if (p == "space-after") return length(s.space_after);
  if (p == "hyphenate") return boolean(s.hyphenate);
  if (p == "hyphen-min-word") return std::to_string(s.hyphen_min_word);
  if (p == "keep-with-next") return boolean(s.keep_with_next);
  if (p == "text-transform") return transform(s.uppercase);
  if (p == "features") return features(s.features);
  unknown("paragraph property", p);
}

std::string char_value(const CharStyle& s, const std::string& p) {
  const std::string inherit = "paragraph's";
  if (p == "family") return s.family ? *s.family : inherit;
  if (p == "weight") return s.weight ? weight(*s.weight) : inherit;
  if (p == "style") return s.italic ? italic(*s.italic) : inherit;
  if (p == "size-scale") return number(s.size_scale.value_or(1));
  if (p == "baseline-shift") return number(s.baseline_shift.value_or(0));
  if (p == "color") return s.color ? color(*s.color) : inherit;
  if (p == "underline") return boolean(s.underline.value_or(false));
  if (p == "underline-thickness") return s.underline_thickness ? length(*s.underline_thickness) : "font's";
  if (p == "underline-offset") return s.underline_offset ? length(*s.underline_offset) : "font's";
  if (p == "text-transform") return s.uppercase ? transform(*s.uppercase) : inherit;
  if (p == "features") return features(s.features);
  unknown("character property", p);
}

const std::vector<std::string>& layout_listing_keys() {
  static const std::vector<std::string> kKeys = [] {
    std::vector<std::string> k = {"page.width", "page.height"};
    for (const std::string& side : kMarginKeys) k.push_back("margins." + side);
    for (const char* key :
         {"columns", "gutter", "column-rule.thickness", "column-rule.color", "baseline-grid"})
      k.push_back(key);
    for (const std::string& m : kMastheadKeys) {
      if (m == "rule-below") {
        for (const std::string& r : kRuleKeys) k.push_back("masthead.rule-below." + r);
      } else {
        k.push_back("masthead." + m);
      }
    }
    for (const char* slot : {"footer.", "header."}) {
      for (const std::string& f : kFurnitureKeys) {
        if (f == "rule") {
          for (const std::string& r : kRuleKeys) k.push_back(slot + f + "." + r);
        } else {
          k.push_back(slot + f);
        }
      }
    }
    return k;
  }();
  return kKeys;
}

std::string layout_value(const PageTemplate& t, const std::string& key) {
  const auto tail = [&](const char* prefix) { return key.substr(std::string(prefix).size()); };
  if (key == "page.width") return length(t.width);
  if (key == "page.height") return length(t.height);
  if (key == "margins.top") return length(t.margins.top);
  if (key == "margins.right") return length(t.margins.right);
  if (key == "margins.bottom") return length(t.margins.bottom);
  if (key == "margins.left") return length(t.margins.left);
  if (key == "columns") return std::to_string(t.columns);
  if (key == "gutter") return length(t.gutter);
  if (key.rfind("column-rule.", 0) == 0) return rule_value(t.column_rule, tail("column-rule."));
  if (key == "baseline-grid")
    return t.baseline_grid == 0 ? "off" : t.baseline_grid == kAutoGrid ? "auto" : length(t.baseline_grid);
  if (key == "masthead.band-height") return length(t.masthead.band_height);
  if (key == "masthead.band-color") return color(t.masthead.band_color);
  if (key.rfind("masthead.rule-below.", 0) == 0)
    return rule_value(t.masthead.rule_below, tail("masthead.rule-below."));
  if (key == "masthead.space-after") return length(t.masthead.space_after);
  if (key == "masthead.contents") return boolean(t.masthead.contents);
  if (key == "masthead.contents-title") return quoted(t.masthead.contents_title);
  if (key.rfind("footer.", 0) == 0) return furniture_value(t.footer, tail("footer."));
  if (key.rfind("header.", 0) == 0) return furniture_value(t.header, tail("header."));
  unknown("layout key", key);
}

std::string list_style_sheet(const StyleSheet& sheet) {
  std::string out;
  std::vector<Row> top;
  std::vector<std::string> keys = {"link-color"};
  for (const std::string& k : kBreakingKeys) keys.push_back("breaking." + k);
  for (const std::string& k : kFlowKeys) keys.push_back("flow." + k);
  for (const std::string& k : keys)
    top.push_back(Row{k, sheet_value(sheet, k), find(sheet.origins, k), "colors"});
  print_block(top, "", out);
  for (const ParagraphStyle* s : in_file_order(sheet.paragraphs))
    print_style(*s, kParagraphProperties, paragraph_value, out);
  for (const CharStyle* s : in_file_order(sheet.characters))
    print_style(*s, kCharProperties, char_value, out);
  return out;
}

std::string list_page_template(const PageTemplate& page) {
  std::string out;
  std::vector<Row> rows;
  for (const std::string& k : layout_listing_keys())
    rows.push_back(Row{k, layout_value(page, k), find(page.origins, k), "colors"});
  print_block(rows, "", out);
  return out;
}

}  // namespace folio::style
