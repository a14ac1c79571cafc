#include "compose/font_families.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <cctype>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "common/suggest.hpp"

namespace folio::compose {
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

std::vector<Diagnostic> missing_fallback_families(const style::StyleSheet& sheet, const font::FontDb& fonts) {
  std::vector<Diagnostic> out;
  std::set<std::string> seen;
  for (const auto& kv : sheet.font_fallback)
    for (const style::FallbackFamily& f : kv.second) {
      if (fonts.find(f.family, 400, false) || !seen.insert(f.family).second) continue;
      const SourcePos pos = f.pos.line > 0 ? f.pos : SourcePos{sheet.path};
      out.push_back(Diagnostic{Severity::Error, pos,
                               "fallback font family '" + f.family + "' (for '" + kv.first +
                                   "') is not among the fonts" +
                                   (f.pos.line > 0 ? "" : " (the engine's order: scripts/install-deps installs it)")});
    }
  return out;
}

std::vector<Diagnostic> restricted_font_files(const style::StyleSheet& sheet) {
  std::vector<Diagnostic> out;
  for (const style::FontFile& f : sheet.font_files) {
    const font::Face face(-1, f.path, 0);
    // Of the embedding bits (0-3) the least restrictive wins: only "restricted" alone forbids.
    const unsigned embedding = face.fs_type() & 0x000F;
    if (embedding != font::Face::kRestrictedLicense) continue;
    char bits[16];
    std::snprintf(bits, sizeof bits, "0x%04X", face.fs_type());
    out.push_back(Diagnostic{Severity::Error, f.pos,
                             "font file '" + f.path + "' (" + face.family() +
                                 ") forbids embedding: its OS/2 fsType is " + bits +
                                 " (restricted licence), so no PDF may include it; ask its foundry for a "
                                 "licence that allows embedding"});
  }
  return out;
}

std::vector<std::string> family_files(const style::StyleSheet& sheet, const font::FontDb& fonts) {
  std::set<std::string> families;
  for (const auto& kv : sheet.paragraphs) families.insert(kv.second.family);
  for (const auto& kv : sheet.characters)
    if (kv.second.family) families.insert(*kv.second.family);
  for (const auto& kv : sheet.font_fallback)
    for (const style::FallbackFamily& f : kv.second) families.insert(f.family);
  std::vector<std::string> out;
  for (const std::string& family : families)
    if (const std::optional<font::FaceId> id = fonts.find(family, 400, false))
      out.push_back(family + ": " + fonts.path(*id) +
                    (fonts.index(*id) > 0 ? " (face " + std::to_string(fonts.index(*id)) + ")" : ""));
  return out;
}

void check_font_families(const style::StyleSheet& sheet, const font::FontDb& fonts) {
  const std::vector<Diagnostic> restricted = restricted_font_files(sheet);
  if (!restricted.empty()) throw Error(restricted.front());
  const std::vector<Diagnostic> missing = missing_font_families(sheet, fonts);
  if (!missing.empty()) throw Error(missing.front());
}

}  // namespace folio::compose
