#include "style/style_properties.hpp"

#include <charconv>

#include "style/length.hpp"

namespace folio::style {
namespace {

void record_origins(const YamlReader& r, const Tokens& tokens, const std::vector<Field>& props,
                    const std::string& style, Origins& out) {
  for (const Field& f : props) {
    const TokenPositions* named = f.key == "family"  ? &tokens.font_pos
                                  : f.key == "color" ? &tokens.color_pos
                                                     : nullptr;
    out[f.key] = value_origin(r, f, style, named);
  }
}

// The properties paragraph and character styles share (character styles hold optionals).
template <typename Style>
bool apply_shared_property(const YamlReader& r, const Tokens& tokens, const Field& f, Style& s) {
  const std::string& k = f.key;
  if (k == "family")
    s.family = family_value(r, f, tokens.fonts);
  else if (k == "weight")
    s.weight = weight_value(r, f);
  else if (k == "style")
    s.italic = italic_value(r, f);
  else if (k == "color")
    s.color = color_value(r, f, tokens.colors);
  else if (k == "text-transform")
    s.uppercase = uppercase_value(r, f);
  else if (k == "features")
    s.features = features_value(r, f);
  else
    return false;
  return true;
}

}  // namespace

void apply_paragraph_properties(const YamlReader& r, const Tokens& tokens, const std::vector<Field>& props,
                                ParagraphStyle& s) {
  // Size first, wherever it is written, so "1em" below means this style's own size. A size in em
  // is relative to the inherited size.
  for (const Field& f : props)
    if (f.key == "size") s.size = length_value(r, f, {s.size, Sign::Positive});
  const LengthRule any{s.size, Sign::Any};
  const LengthRule non_negative{s.size, Sign::NonNegative};
  record_origins(r, tokens, props, s.name, s.origins);

  for (const Field& f : props) {
    if (apply_shared_property(r, tokens, f, s)) continue;
    const std::string& k = f.key;
    if (k == "leading") {
      s.leading = length_value(r, f, {s.size, Sign::Positive});
    } else if (k == "tracking") {
      s.tracking = length_value(r, f, any);
    } else if (k == "align") {
      s.align = align_value(r, f);
    } else if (k == "first-indent") {
      s.first_indent = length_value(r, f, any);  // negative: a hanging indent
    } else if (k == "left-indent") {
      s.left_indent = length_value(r, f, non_negative);
    } else if (k == "right-indent") {
      s.right_indent = length_value(r, f, non_negative);
    } else if (k == "space-before") {
      s.space_before = length_value(r, f, non_negative);
    } else if (k == "space-after") {
      s.space_after = length_value(r, f, non_negative);
    } else if (k == "hyphenate") {
      s.hyphenate = r.boolean(f);
    } else if (k == "hyphen-min-word") {
      s.hyphen_min_word = r.integer(f, 1, 100);
    } else if (k == "keep-with-next") {
      s.keep_with_next = r.boolean(f);
    }
  }
}

namespace {

// A plain number, or one followed by "em": baseline-shift is always in em of the running size.
double em_number(const YamlReader& r, const Field& f) {
  std::string text = r.text(f);
  if (text.size() > 2 && text.compare(text.size() - 2, 2, "em") == 0) text.resize(text.size() - 2);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  double v = 0;
  const char* begin = text.data() + (text.size() > 1 && text[0] == '+' ? 1 : 0);
  const auto [end, ec] = std::from_chars(begin, text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size())
    r.fail(f, "expected a number of em for '" + f.key + "' (e.g. 0.38 or 0.38em), got '" + r.text(f) + "'");
  return v;
}

}  // namespace

void apply_char_properties(const YamlReader& r, const Tokens& tokens, const std::vector<Field>& props,
                           CharStyle& s) {
  record_origins(r, tokens, props, s.name, s.origins);
  for (const Field& f : props) {
    if (apply_shared_property(r, tokens, f, s)) continue;
    const std::string& k = f.key;
    if (k == "size-scale") {
      const double v = r.number(f);
      if (v <= 0) r.fail(f, "'size-scale' must be positive, got '" + r.text(f) + "'");
      s.size_scale = v;
    } else if (k == "baseline-shift") {
      s.baseline_shift = em_number(r, f);
    } else if (k == "underline") {
      s.underline = r.boolean(f);
    } else if (k == "underline-thickness") {
      s.underline_thickness = length_value(r, f, {0, Sign::Positive});  // no em: the size varies
    } else if (k == "underline-offset") {
      s.underline_offset = length_value(r, f, {0, Sign::Any});
    }
  }
}

}  // namespace folio::style
