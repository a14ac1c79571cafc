// Recognises the raw HTML pieces cmark-gfm hands over verbatim (it does not interpret them).
#pragma once

#include <string>

namespace folio::input {

struct HtmlTag {
  enum class Type {
    Open,         // <u>, <sup class="x">
    Close,        // </u>
    SelfClosing,  // <br/>, <br />
    Comment,      // <!-- ... -->
    Other,        // declarations, processing instructions, CDATA
  };
  Type type = Type::Other;
  std::string name;  // lower-case ("u", "sup", "br"); empty for Comment and Other
  bool has_attributes = false;
  std::string lang;  // the value of a lang="..." attribute, if any
  bool only_lang = false;  // lang is the tag's only attribute
};

// Classifies one HTML_INLINE literal (a single tag, as cmark-gfm cuts them).
HtmlTag classify_html_tag(const std::string& literal);

// The readable text of an HTML block: tags and comments removed (block-level tags leave a space),
// whitespace runs collapsed to one space, trimmed. Entities are left for the Markdown parser.
std::string html_text_content(const std::string& html);

}  // namespace folio::input
