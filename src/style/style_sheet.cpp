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
