#include "input/html_tags.hpp"

#include <cctype>
#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include "common/ascii.hpp"

namespace folio::input {
namespace {

// Tags that sit inside a line of text: removing them must not glue or split words.
bool is_phrasing_tag(const std::string& name) {
  static const std::set<std::string> tags = {"a",      "abbr", "b",   "cite", "code", "em",    "i",
                                             "kbd",    "mark", "q",   "s",    "samp", "small", "span",
                                             "strong", "sub",  "sup", "time", "u",    "var"};
  return tags.count(name) > 0;
}

// The attributes of a tag as name -> value (quoted with " or ', or bare); names lower-case.
std::vector<std::pair<std::string, std::string>> attributes(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_ascii_space(text[i])) ++i;
    const size_t name_begin = i;
    while (i < text.size() && !is_ascii_space(text[i]) && text[i] != '=') ++i;
    if (i == name_begin) break;
    std::string name = ascii_lower(text.substr(name_begin, i - name_begin)), value;
    while (i < text.size() && is_ascii_space(text[i])) ++i;
    if (i < text.size() && text[i] == '=') {
      ++i;
      while (i < text.size() && is_ascii_space(text[i])) ++i;
      if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
        const char quote = text[i++];
        const size_t end = std::min(text.find(quote, i), text.size());
        value = text.substr(i, end - i);
        i = end + 1;
      } else {
        const size_t begin = i;
        while (i < text.size() && !is_ascii_space(text[i])) ++i;
        value = text.substr(begin, i - begin);
      }
    }
    out.emplace_back(std::move(name), std::move(value));
  }
  return out;
}

}  // namespace

HtmlTag classify_html_tag(const std::string& literal) {
  HtmlTag tag;
  if (literal.compare(0, 4, "<!--") == 0) {
    tag.type = HtmlTag::Type::Comment;
    return tag;
  }
  if (literal.size() < 3 || literal.front() != '<' || literal.back() != '>') return tag;
  size_t i = 1;
  const bool closing = literal[i] == '/';
  if (closing) ++i;
  const size_t name_begin = i;
  while (i < literal.size() && (std::isalnum(static_cast<unsigned char>(literal[i])) || literal[i] == '-'))
    ++i;
  if (i == name_begin || !std::isalpha(static_cast<unsigned char>(literal[name_begin]))) return tag;
  tag.name = ascii_lower(literal.substr(name_begin, i - name_begin));
  std::string rest = trim(literal.substr(i, literal.size() - 1 - i));
  if (closing) {
    tag.type = HtmlTag::Type::Close;
  } else if (!rest.empty() && rest.back() == '/') {
    tag.type = HtmlTag::Type::SelfClosing;
    rest = trim(rest.substr(0, rest.size() - 1));
  } else {
    tag.type = HtmlTag::Type::Open;
  }
  tag.has_attributes = !rest.empty();
  const auto attrs = attributes(rest);
  for (const auto& [name, value] : attrs)
    if (name == "lang") tag.lang = value;
  tag.only_lang = attrs.size() == 1 && attrs[0].first == "lang";
  return tag;
}

std::string html_text_content(const std::string& html) {
  std::string text;
  size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    const char next = i + 1 < html.size() ? html[i + 1] : '\0';
    const bool markup = c == '<' && (std::isalpha(static_cast<unsigned char>(next)) || next == '/' ||
                                     next == '!' || next == '?');
    if (!markup) {
      text += is_ascii_space(c) ? ' ' : c;
      ++i;
      continue;
    }
    const bool comment = html.compare(i, 4, "<!--") == 0;
    const size_t end = comment ? html.find("-->", i + 4) : html.find('>', i);
    if (end == std::string::npos) {  // not a tag after all: keep the rest as text
      text += html.substr(i);
      break;
    }
    const HtmlTag tag = classify_html_tag(html.substr(i, end - i + 1));
    if (!is_phrasing_tag(tag.name)) text += ' ';
    i = comment ? end + 3 : end + 1;
  }
  std::string collapsed;
  for (char c : text) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += c;
  }
  return trim(collapsed);
}

}  // namespace folio::input
