// Typed property values of style and layout files: colours (with named tokens), font families,
// weights, keywords and OpenType feature lists (the value kinds of style/value_kinds.hpp use them).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/color.hpp"
#include "common/yaml_reader.hpp"
#include "style/style_values.hpp"
#include "style/value_origin.hpp"

namespace folio::style {

using ColorTokens = std::map<std::string, Color>;       // the file's `colors:` map
using FontTokens = std::map<std::string, std::string>;  // the file's `fonts:` map

// "#RRGGBB", "#RGB", "cmyk(0, 0.5, 1, 0.1)" or "cmyk(0%, 50%, 100%, 10%)". On failure returns
// false and says why in `error`.
bool parse_color_literal(const std::string& text, Color& out, std::string& error);

// A colour literal or a token from `tokens`.
Color color_value(const YamlReader& r, const Field& f, const ColorTokens& tokens);

// A family name ("Noto Serif") or a token from `tokens`. A value made only of lower-case
// letters, digits and hyphens ("body-font") is taken as a token and must be defined.
std::string family_value(const YamlReader& r, const Field& f, const FontTokens& tokens);

// Weights that have a name, as style files write them and `folio styles list` shows them.
struct NamedWeight {
  const char* name;
  int weight;
};
inline const NamedWeight kNamedWeights[] = {{"regular", 400}, {"bold", 700}};

// 1..1000, or a named weight.
int weight_value(const YamlReader& r, const Field& f);

// The index of the value in `choices`; anything else is an error listing them.
size_t choice_value(const YamlReader& r, const Field& f, const std::vector<std::string>& choices);

// Where `f`'s value is written, set by `style`; when the value names one of `tokens`, that token
// and its definition too.
ValueOrigin value_origin(const YamlReader& r, const Field& f, const std::string& style,
                         const TokenPositions* tokens = nullptr);

// A list of HarfBuzz feature strings, each checked for shape: "smcp", "-liga", "kern=0".
Features features_value(const YamlReader& r, const Field& f);

}  // namespace folio::style
