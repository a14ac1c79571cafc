#include "input/html_tags.hpp"

#include <cctype>
#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include "common/ascii.hpp"
#include "common/utf8.hpp"

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

const std::set<std::string>& inline_tags() {
  static const std::set<std::string> tags = {"a",     "b",   "br",  "code", "del",    "em", "i",
                                             "img",   "kbd", "s",   "samp", "small",  "span",
                                             "strike", "strong", "sub", "sup", "tt",  "u", "var"};
  return tags;
}

}  // namespace

bool is_inline_tag(const std::string& name) { return inline_tags().count(name) > 0; }

bool is_container_tag(const std::string& name) {
  static const std::set<std::string> tags = {"p", "div", "center", "section", "article", "main", "header",
                                             "footer", "aside", "nav"};
  return tags.count(name) > 0;
}

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
  for (const auto& [name, value] : attrs) {
    if (name == "lang") tag.lang = value;
    if (name == "href") tag.href = value;
    if (name == "alt") {
      tag.alt = value;
      tag.has_alt = true;
    }
  }
  tag.only_lang = attrs.size() == 1 && attrs[0].first == "lang";
  return tag;
}

HtmlText html_text_content(const std::string& html) {
  HtmlText out;
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
    // CommonMark 0.31.2: <!--> and <!---> are whole comments.
    const size_t end = comment ? html.find("-->", i + 2) : html.find('>', i);
    if (end == std::string::npos) {  // not a tag after all: keep the rest as text
      text += html.substr(i);
      break;
    }
    const std::string literal = html.substr(i, end - i + 1);
    const HtmlTag tag = classify_html_tag(literal);
    if (is_inline_tag(tag.name)) {
      for (char t : literal) text += is_ascii_space(t) ? ' ' : t;
    } else {
      if (!tag.name.empty() && !is_container_tag(tag.name) && tag.type != HtmlTag::Type::Close)
        out.unknown.push_back(UnknownTag{tag.name, i});
      if (!is_phrasing_tag(tag.name)) text += ' ';
    }
    i = comment ? end + 3 : end + 1;
  }
  for (char c : text) {
    if (c == ' ' && (out.text.empty() || out.text.back() == ' ')) continue;
    out.text += c;
  }
  out.text = trim(out.text);
  return out;
}

std::string decode_entities(const std::string& text) {
  static const std::pair<const char*, const char*> named[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&nbsp;", "\u00A0"}};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool done = false;
    if (text[i] == '&') {
      for (const auto& [entity, value] : named)
        if (text.compare(i, std::char_traits<char>::length(entity), entity) == 0) {
          out += value;
          i += std::char_traits<char>::length(entity);
          done = true;
          break;
        }
      if (!done && text.compare(i, 2, "&#") == 0) {
        const size_t semi = text.find(';', i);
        const bool hex = i + 2 < text.size() && (text[i + 2] == 'x' || text[i + 2] == 'X');
        const std::string digits = semi == std::string::npos ? "" : text.substr(i + (hex ? 3 : 2), semi - i - (hex ? 3 : 2));
        const bool ok = !digits.empty() && digits.size() <= 6 &&
                        digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") == std::string::npos;
        const unsigned long cp = ok ? std::stoul(digits, nullptr, hex ? 16 : 10) : 0;
        if (ok && cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
          append_utf8(out, static_cast<char32_t>(cp));
          i = semi + 1;
          done = true;
        }
      }
    }
    if (!done) out += text[i++];
  }
  return out;
}

std::optional<std::string> pre_text(const std::string& html) {
  const size_t start = html.find_first_not_of(" \t\n");
  if (start == std::string::npos || ascii_lower(html.substr(start, 4)) != "<pre") return std::nullopt;
  const size_t open_end = html.find('>', start);
  if (open_end == std::string::npos || classify_html_tag(html.substr(start, open_end - start + 1)).name != "pre")
    return std::nullopt;
  const std::string lower = ascii_lower(html);
  size_t close = lower.rfind("</pre>");
  if (close == std::string::npos || close < open_end) close = html.size();
  std::string inner = html.substr(open_end + 1, close - open_end - 1);
  if (!inner.empty() && inner.front() == '\n') inner.erase(0, 1);
  std::string text;  // tags inside (<code>, <b>) removed
  for (size_t i = 0; i < inner.size();) {
    const size_t gt = inner[i] == '<' ? inner.find('>', i) : std::string::npos;
    if (gt != std::string::npos && i + 1 < inner.size() &&
        (std::isalpha(static_cast<unsigned char>(inner[i + 1])) || inner[i + 1] == '/')) {
      i = gt + 1;
      continue;
    }
    text += inner[i++];
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return decode_entities(text);
}

}  // namespace folio::input
