#include "style/style_sheet.hpp"

#include "common/suggest.hpp"

namespace folio::style {

namespace {

template <class Map>
[[noreturn]] void unknown_style(const StyleSheet& sheet, const Map& styles, const std::string& kind,
                                const std::string& name) {
  std::vector<std::string> names;
  for (const auto& kv : styles) names.push_back(kv.first);
  throw Error(SourcePos{sheet.path}, "unknown " + kind + " style '" + name + "'" + did_you_mean(name, names));
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::vector<FallbackFamily> families(std::initializer_list<const char*> names) {
  std::vector<FallbackFamily> out;
  for (const char* n : names) out.push_back(FallbackFamily{n, {}});
  return out;
}

}  // namespace

FontFallback default_font_fallback() {
  return {
      {"Noto Serif", families({"Noto Sans Math", "Noto Sans Symbols", "Noto Sans Symbols2", "Noto Serif CJK SC",
                               "Noto Naskh Arabic", "Noto Serif Hebrew", "Noto Color Emoji"})},
      {"Noto Sans", families({"Noto Sans Math", "Noto Sans Symbols", "Noto Sans Symbols2", "Noto Sans CJK SC",
                              "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Color Emoji"})},
      {"Noto Sans Mono", families({"Noto Sans Math", "Noto Sans Symbols", "Noto Sans Symbols2",
                                   "Noto Sans Mono CJK SC", "Noto Sans Arabic", "Noto Sans Hebrew",
                                   "Noto Color Emoji"})},
  };
}

const std::vector<FallbackFamily>& StyleSheet::fallback_for(const std::string& family, bool serif) const {
  const std::string wanted = lower(family);
  for (const auto& kv : font_fallback)
    if (lower(kv.first) == wanted) return kv.second;
  static const FontFallback engine = default_font_fallback();
  const std::string like = serif ? "Noto Serif" : "Noto Sans";
  for (const auto& kv : font_fallback)
    if (kv.first == like) return kv.second;
  return engine.at(like);
}

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
