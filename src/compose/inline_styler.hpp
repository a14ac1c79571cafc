// Resolves a paragraph's inline tree against the style sheet: the styled spans the
// paragraph builder typesets. One styler serves a whole issue: it numbers the links, so
// two adjacent links to one address stay two link areas.
#pragma once

#include <string>
#include <vector>

#include "compose/face_resolver.hpp"
#include "input/document.hpp"
#include "para/paragraph.hpp"
#include "style/style_sheet.hpp"

namespace folio::compose {

class InlineStyler {
 public:
  InlineStyler(const style::StyleSheet& sheet, FaceResolver& faces, std::string lang)
      : sheet_(sheet), faces_(faces), lang_(std::move(lang)) {}

  // Spans for `inlines` set in paragraph style `para`.
  std::vector<para::Span> spans(const std::vector<input::Inline>& inlines, const style::ParagraphStyle& para);
  // One span of plain text in paragraph style `para`.
  std::vector<para::Span> plain(const std::string& text, const style::ParagraphStyle& para);
  // A footnote's number before its text: in the `footnote-ref` style, linking back to its marker.
  std::vector<para::Span> note_number(int number, const style::ParagraphStyle& para);
  // One span of plain text in character style `char_style` ("" for none) within `para`.
  std::vector<para::Span> styled(const std::string& text, const std::string& char_style,
                                 const style::ParagraphStyle& para);

 private:
  struct State {
    std::string family;
    int weight = 400;
    bool italic = false;
    Sp size = 0;
    Color color;
    Sp rise = 0;
    Sp tracking = 0;
    bool underline = false;
    bool strikethrough = false;
    bool verbatim = false;  // code, or a link whose text is its URL
    Sp underline_thickness = -1, underline_offset = -1;
    bool uppercase = false;
    std::string features;
    std::string link;
    std::string anchor;  // an internal link's target
    int link_id = -1;
    std::string lang;  // a `<span lang>`'s; "": the issue's
    frame::Role role = frame::Role::None;
  };
  State base(const style::ParagraphStyle& para) const;
  State apply(State s, const std::string& char_style) const;
  State script(const State& s, const std::string& char_style, const std::vector<input::Inline>& children);
  void walk(const std::vector<input::Inline>& inlines, const State& s, std::vector<para::Span>& out);
  void emit(const std::string& text, const State& s, std::vector<para::Span>& out);
  // A note's number in the `footnote-ref` style, linking to `target`.
  void marker(const std::string& number, const std::string& target, const State& s, std::vector<para::Span>& out);

  const style::StyleSheet& sheet_;
  FaceResolver& faces_;
  std::string lang_;
  std::string para_name_;
  int next_link_id_ = 0;
};

}  // namespace folio::compose
