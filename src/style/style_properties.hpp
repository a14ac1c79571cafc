// The properties of one paragraph or character style, applied over its inherited values.
#pragma once

#include <vector>

#include "style/schema.hpp"
#include "style/style_sheet.hpp"
#include "style/values.hpp"
#include "common/yaml_reader.hpp"

namespace folio::style {

struct Tokens {
  ColorTokens colors;
  FontTokens fonts;
  TokenPositions color_pos, font_pos;  // where each token is defined
};

// `props` must not contain based-on (resolve_styles takes it out). Lengths in em are relative to
// the style's own size, after its `size` (if any) is applied. Each property set is recorded in
// `s.origins` under the style's name (so styles based on this one inherit the record).
void apply_paragraph_properties(const YamlReader& r, const Tokens& tokens, const std::vector<Field>& props,
                                ParagraphStyle& s);
void apply_char_properties(const YamlReader& r, const Tokens& tokens, const std::vector<Field>& props,
                           CharStyle& s);

}  // namespace folio::style
