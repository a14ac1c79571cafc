// Recognises the raw HTML pieces cmark-gfm hands over verbatim (it does not interpret them).
#pragma once

#include <optional>
#include <string>
#include <vector>

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
  std::string href;  // <a href="...">
  std::string alt;   // <img alt="...">
  bool has_alt = false;
  bool only_lang = false;  // lang is the tag's only attribute
};

// Classifies one HTML_INLINE literal (a single tag, as cmark-gfm cuts them).
HtmlTag classify_html_tag(const std::string& literal);

// Tags with an effect inside a paragraph (InlineBuilder gives each its meaning): <em>, <a href>,
// <img alt>, <br>, ...
bool is_inline_tag(const std::string& name);
// Tags around text that need no effect of their own: the text is a paragraph (<p>, <div>).
bool is_container_tag(const std::string& name);

// An HTML tag folio does not know, with its byte offset in the HTML.
struct UnknownTag {
  std::string name;
  std::size_t offset = 0;
};

// The content of an HTML block as one paragraph's Markdown: comments and unknown or container
// tags removed (block-level ones leave a space), the inline tags kept for the inline builder,
// whitespace runs collapsed to one space, trimmed. Entities are left for the Markdown parser.
struct HtmlText {
  std::string text;
  std::vector<UnknownTag> unknown;  // in order of their place
};
HtmlText html_text_content(const std::string& html);

// The text of a `<pre>` block (the HTML starts with <pre>): verbatim, tags inside removed,
// entities decoded, the line end after <pre> dropped. nullopt when it is not a <pre> block.
std::optional<std::string> pre_text(const std::string& html);

// Decodes the five XML entities and numeric ones (&#39; &#x27;); others are kept as written.
std::string decode_entities(const std::string& text);

}  // namespace folio::input
