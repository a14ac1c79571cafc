#include "compose/inline_styler.hpp"

#include <cstdlib>

#include "common/case_mapping.hpp"
#include "compose/note_names.hpp"
#include "text/feature_coverage.hpp"

namespace folio::compose {
namespace {

// Link text that is an address (an autolink, or [https://...](...)): set as a URL, never hyphenated.
bool looks_like_url(const std::string& text) {
  if (text.find(' ') != std::string::npos) return false;
  return text.find("://") != std::string::npos || text.rfind("www.", 0) == 0 || text.rfind("mailto:", 0) == 0 ||
         (text.find('@') != std::string::npos && text.find('.') != std::string::npos);
}

}  // namespace

InlineStyler::State InlineStyler::base(const style::ParagraphStyle& para) const {
  State s;
  s.family = para.family;
  s.weight = para.weight;
  s.italic = para.italic;
  s.size = para.size;
  s.color = para.color;
  s.tracking = para.tracking;
  s.uppercase = para.uppercase;
  for (const std::string& f : para.features) s.features += (s.features.empty() ? "" : ",") + f;
  return s;
}

InlineStyler::State InlineStyler::apply(State s, const std::string& name) const {
  const style::CharStyle& c = sheet_.character(name);
  if (c.family) s.family = *c.family;
  if (c.weight) s.weight = *c.weight;
  // Emphasis inside italic text turns upright, as typographers do.
  if (c.italic) s.italic = (*c.italic && s.italic && name == "emphasis") ? false : *c.italic;
  if (c.baseline_shift)
    s.rise += static_cast<Sp>(std::llround(*c.baseline_shift * static_cast<double>(s.size)));
  if (c.size_scale) s.size = static_cast<Sp>(std::llround(*c.size_scale * static_cast<double>(s.size)));
  if (c.color) s.color = *c.color;
  if (c.underline) s.underline = *c.underline;
  if (c.strikethrough) s.strikethrough = *c.strikethrough;
  if (c.underline_thickness) s.underline_thickness = *c.underline_thickness;
  if (c.underline_offset) s.underline_offset = *c.underline_offset;
  if (c.uppercase) s.uppercase = *c.uppercase;
  for (const std::string& f : c.features) s.features += (s.features.empty() ? "" : ",") + f;
  return s;
}

// A superscript or subscript style that names a feature ("sups") uses the font's designed
// glyphs when it has one for every character, at full size on the baseline; otherwise its
// size-scale and baseline-shift synthesize it, without the feature.
InlineStyler::State InlineStyler::script(const State& s, const std::string& name,
                                         const std::vector<input::Inline>& children) {
  const style::CharStyle& c = sheet_.character(name);
  const std::string text = input::plain_text(children);
  for (const std::string& feature : c.features) {
    const font::FaceId id = faces_.resolve(s.family, s.weight, s.italic, para_name_);
    if (text::feature_covers(faces_.face(id), text, feature)) {
      State real = s;
      real.features += (real.features.empty() ? "" : ",") + feature;
      return real;
    }
  }
  State synthetic = apply(s, name);
  synthetic.features = s.features;
  return synthetic;
}

void InlineStyler::emit(const std::string& text, const State& s, std::vector<para::Span>& out) {
  if (text.empty()) return;
  para::SpanStyle st;
  st.face = faces_.resolve(s.family, s.weight, s.italic, para_name_);
  st.fallback = faces_.fallback(s.family, s.weight, s.italic);
  st.lang = s.lang;
  st.size = s.size;
  st.color = s.color;
  st.rise = s.rise;
  st.tracking = s.tracking;
  st.underline = s.underline;
  st.strikethrough = s.strikethrough;
  st.verbatim = s.verbatim;
  st.underline_thickness = s.underline_thickness;
  st.underline_offset = s.underline_offset;
  st.link = s.link;
  st.anchor = s.anchor;
  st.link_id = s.link_id;
  st.role = s.role;
  // Letter-spaced text reads better without ligatures.
  st.features = s.tracking != 0 ? (s.features.empty() ? "-liga" : s.features + ",-liga") : s.features;
  out.push_back(para::Span{s.uppercase ? folio::uppercase(text, s.lang.empty() ? lang_ : s.lang) : text, st});
}

// A marker is a link of its own inside any link around it (a reference in a link's text).
void InlineStyler::marker(const std::string& number, const std::string& target, const State& s,
                          std::vector<para::Span>& out) {
  input::Inline digits;
  digits.text = number;
  State m = script(s, "footnote-ref", {digits});
  m.link.clear();
  m.anchor = target;
  m.link_id = next_link_id_++;
  m.role = frame::Role::NoteRef;
  m.underline = false;
  emit(number, m, out);
}

void InlineStyler::walk(const std::vector<input::Inline>& inlines, const State& s,
                        std::vector<para::Span>& out) {
  using K = input::InlineKind;
  for (const input::Inline& in : inlines) {
    switch (in.kind) {
      case K::Text:
        emit(in.text, s, out);
        break;
      case K::Code: {
        State code = apply(s, "code");
        code.verbatim = true;
        emit(in.text, code, out);
        break;
      }
      case K::Strikethrough:
        walk(in.children, apply(s, "strikethrough"), out);
        break;
      case K::Small:
        walk(in.children, apply(s, "small"), out);
        break;
      case K::SoftBreak:
        emit(" ", s, out);
        break;
      case K::LineBreak:
        emit("\n", s, out);
        break;
      case K::NoteRef:
        marker(in.text, note_anchor(std::atoi(in.text.c_str())), s, out);
        break;
      case K::Emphasis:
        walk(in.children, apply(s, "emphasis"), out);
        break;
      case K::Strong:
        walk(in.children, apply(s, "strong"), out);
        break;
      case K::Underline:
        walk(in.children, apply(s, "underline"), out);
        break;
      case K::Superscript:
        walk(in.children, script(s, "superscript", in.children), out);
        break;
      case K::Subscript:
        walk(in.children, script(s, "subscript", in.children), out);
        break;
      case K::Language: {
        State l = s;
        l.lang = in.lang;
        walk(in.children, l, out);
        break;
      }
      case K::Link: {
        State l = apply(s, "link");
        // The sheet's link-color (itself the link style's colour unless set on its own).
        if (sheet_.origins.count("link-color")) l.color = sheet_.link_color;
        l.link = in.url;
        l.link_id = next_link_id_++;
        l.verbatim = l.verbatim || looks_like_url(input::plain_text(in.children));
        walk(in.children, l, out);
        break;
      }
    }
  }
}

namespace {

std::size_t leaves(const std::vector<input::Inline>& inlines) {
  std::size_t n = 0;
  for (const input::Inline& in : inlines) n += in.children.empty() ? 1 : leaves(in.children);
  return n;
}

}  // namespace

std::vector<para::Span> InlineStyler::spans(const std::vector<input::Inline>& inlines,
                                            const style::ParagraphStyle& para) {
  para_name_ = para.name;
  std::vector<para::Span> out;
  out.reserve(leaves(inlines));  // a paragraph of many short spans never holds two copies while it grows
  walk(inlines, base(para), out);
  return out;
}

std::vector<para::Span> InlineStyler::note_number(int number, const style::ParagraphStyle& para) {
  para_name_ = para.name;
  std::vector<para::Span> out;
  marker(std::to_string(number), note_ref_anchor(number), base(para), out);
  return out;
}

std::vector<para::Span> InlineStyler::plain(const std::string& text, const style::ParagraphStyle& para) {
  para_name_ = para.name;
  std::vector<para::Span> out;
  emit(text, base(para), out);
  return out;
}

std::vector<para::Span> InlineStyler::styled(const std::string& text, const std::string& char_style,
                                             const style::ParagraphStyle& para) {
  para_name_ = para.name;
  std::vector<para::Span> out;
  emit(text, char_style.empty() ? base(para) : apply(base(para), char_style), out);
  return out;
}

}  // namespace folio::compose
