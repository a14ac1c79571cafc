#include "pipeline/style_fonts.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "common/suggest.hpp"
#include "style/file_kind.hpp"
#include "style/load_page_template.hpp"
#include "style/load_style_sheet.hpp"

namespace folio::pipeline {
namespace {

// Where a family's name is spelt: a token's definition, or the style's own `family:`.
SourcePos family_position(const style::StyleSheet& sheet, const style::Origins& origins) {
  const auto it = origins.find("family");
  if (it == origins.end()) return SourcePos{sheet.path};  // the engine default
  return it->second.token.empty() ? it->second.pos : it->second.token_pos;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// "Noto Sans Bold Italic" names a face, not a family: " (did you mean 'Noto Sans' with weight:
// bold and style: italic?)", or "" when `family` is not a bundled family plus style words.
std::string face_name_hint(const std::string& family, const std::vector<std::string>& bundled) {
  static const std::map<std::string, std::string> kWords = {
      {"thin", "weight: 100"},     {"extralight", "weight: 200"}, {"light", "weight: 300"},
      {"regular", "weight: 400"},  {"medium", "weight: 500"},     {"semibold", "weight: 600"},
      {"bold", "weight: bold"},    {"extrabold", "weight: 800"},  {"black", "weight: 900"},
      {"italic", "style: italic"}, {"oblique", "style: italic"}};
  const std::string wanted = lower(family);
  std::string best;  // the longest bundled family the name starts with
  for (const std::string& b : bundled)
    if (wanted.rfind(lower(b) + " ", 0) == 0 && b.size() > best.size()) best = b;
  if (best.empty()) return "";
  std::istringstream rest(wanted.substr(best.size()));
  std::string word, settings;
  while (rest >> word) {
    const auto it = kWords.find(word);
    if (it == kWords.end()) return "";
    settings += (settings.empty() ? "" : " and ") + it->second;
  }
  return " (did you mean '" + best + "' with " + settings + "?)";
}

std::string points(Sp v) {  // "595.28", "432"
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", to_pt(v));
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string style_summary(const std::string& path, const std::string& fonts_dir, StyleFileCheck& out) {
  const style::StyleSheet sheet = style::load_style_sheet(path);
  const font::FontDb fonts(fonts_dir);
  out.errors = missing_font_families(sheet, fonts);
  return path + ": ok (style sheet, " + std::to_string(sheet.paragraphs.size()) + " paragraph styles, " +
         std::to_string(sheet.characters.size()) + " character styles)";
}

std::string layout_summary(const std::string& path) {
  const style::PageTemplate t = style::load_page_template(path);
  return path + ": ok (page layout, " + points(t.width) + " x " + points(t.height) + "pt, " +
         std::to_string(t.columns) + (t.columns == 1 ? " column)" : " columns)");
}

}  // namespace

std::vector<Diagnostic> missing_font_families(const style::StyleSheet& sheet, const font::FontDb& fonts) {
  std::vector<Diagnostic> out;
  std::set<std::tuple<int, int, std::string>> seen;  // line, column, family
  std::vector<std::string> bundled;
  const auto check = [&](const std::string& family, const SourcePos& pos) {
    if (!seen.emplace(pos.line, pos.column, family).second) return;
    if (fonts.find(family, 400, false)) return;
    if (bundled.empty()) bundled = fonts.families();
    std::string hint = face_name_hint(family, bundled);
    if (hint.empty()) hint = did_you_mean(family, bundled);
    if (hint.empty()) {
      std::string list;
      for (const std::string& b : bundled) list += (list.empty() ? "" : ", ") + b;
      hint = " (the bundled fonts are: " + list + ")";
    }
    out.push_back(Diagnostic{Severity::Error, pos,
                             "font family '" + family + "' is not among the bundled fonts" + hint});
  };
  for (const auto& kv : sheet.paragraphs) check(kv.second.family, family_position(sheet, kv.second.origins));
  for (const auto& kv : sheet.characters)
    if (kv.second.family) check(*kv.second.family, family_position(sheet, kv.second.origins));
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::make_pair(a.pos.line, a.pos.column) < std::make_pair(b.pos.line, b.pos.column);
  });
  return out;
}

void check_font_families(const style::StyleSheet& sheet, const font::FontDb& fonts) {
  const std::vector<Diagnostic> missing = missing_font_families(sheet, fonts);
  if (!missing.empty()) throw Error(missing.front());
}

StyleFileCheck check_style_file(const std::string& path, const std::string& fonts_dir) {
  StyleFileCheck out;
  try {
    const style::FileKind kind = style::detect_file_kind(path);
    out.kind = style::file_kind_name(kind);
    const std::string summary =
        kind == style::FileKind::StyleSheet ? style_summary(path, fonts_dir, out) : layout_summary(path);
    if (out.errors.empty()) out.summary = summary;
  } catch (const Error& e) {
    out.errors.push_back(e.diagnostic());
  }
  return out;
}

}  // namespace folio::pipeline
