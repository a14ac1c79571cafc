#include "input/html_comments.hpp"

#include <algorithm>
#include <cstddef>

namespace folio::input {
namespace {

// A fence line: up to three spaces, then three or more ` or ~. Returns the fence's length, or 0.
std::size_t fence_at(const std::string& s, std::size_t line_start, char& fence_char) {
  std::size_t i = line_start, indent = 0;
  while (i < s.size() && s[i] == ' ' && indent < 4) ++i, ++indent;
  if (indent > 3 || i >= s.size() || (s[i] != '`' && s[i] != '~')) return 0;
  const char c = s[i];
  std::size_t n = 0;
  while (i + n < s.size() && s[i + n] == c) ++n;
  if (n < 3) return 0;
  fence_char = c;
  return n;
}

std::size_t line_end(const std::string& s, std::size_t from) {
  const std::size_t nl = s.find('\n', from);
  return nl == std::string::npos ? s.size() : nl;
}

// Where the comment opening at `open` ends (just past "-->" or "<!-->"), or npos.
std::size_t comment_end(const std::string& s, std::size_t open) {
  const std::size_t body = open + 4;
  if (s.compare(body, 1, ">") == 0) return body + 1;   // <!-->
  if (s.compare(body, 2, "->") == 0) return body + 2;  // <!--->
  const std::size_t close = s.find("-->", body);
  return close == std::string::npos ? std::string::npos : close + 3;
}

// 0.29's comment: the text between `<!--` and `-->` does not start with `>` or `->`, holds no
// `--` and does not end with `-`.
bool old_comment(const std::string& text) {
  if (text.compare(0, 1, ">") == 0 || text.compare(0, 2, "->") == 0) return false;
  if (text.find("--") != std::string::npos) return false;
  return text.empty() || text.back() != '-';
}

}  // namespace

std::string normalize_html_comments(const std::string& in) {
  std::string out;
  out.reserve(in.size());
  std::size_t i = 0, fence_len = 0;
  char fence_char = 0;
  bool line_start = true;
  while (i < in.size()) {
    if (line_start) {
      char c = 0;
      const std::size_t n = fence_at(in, i, c);
      if (fence_len > 0 ? (n >= fence_len && c == fence_char) : n > 0) {
        fence_len = fence_len > 0 ? 0 : n;
        fence_char = c;
      }
      if (fence_len > 0 || n > 0) {  // a fence line, or a line of a fenced block: verbatim
        const std::size_t end = line_end(in, i);
        out.append(in, i, end - i + (end < in.size() ? 1 : 0));
        i = end + 1;
        continue;
      }
    }
    line_start = false;
    const char c = in[i];
    if (c == '\n') {
      line_start = true;
      out += c;
      ++i;
      continue;
    }
    if (c == '`') {  // a code span: copy it up to the closing run of the same length
      std::size_t n = 0;
      while (i + n < in.size() && in[i + n] == '`') ++n;
      // A span ends within its paragraph, at a run of exactly n backticks.
      const std::size_t paragraph_end = std::min(in.find("\n\n", i), in.size());
      std::size_t close = in.find(std::string(n, '`'), i + n);
      while (close != std::string::npos && close + n < in.size() && in[close + n] == '`')
        close = in.find(std::string(n, '`'), close + n + 1);
      if (close != std::string::npos && close > paragraph_end) close = std::string::npos;
      const std::size_t end = close == std::string::npos ? i + n : close + n;
      out.append(in, i, end - i);
      line_start = end > 0 && in[end - 1] == '\n';
      i = end;
      continue;
    }
    if (c == '\\' && i + 1 < in.size()) {  // an escaped character is text
      out.append(in, i, 2);
      i += 2;
      continue;
    }
    if (in.compare(i, 4, "<!--") == 0) {
      // At a line start it opens an HTML block, which cmark ends at "-->" as 0.31 does.
      std::size_t bol = i;
      while (bol > 0 && in[bol - 1] == ' ' && i - bol < 4) --bol;
      const bool block = (bol == 0 || in[bol - 1] == '\n') && i - bol <= 3;
      // An inline comment ends within its paragraph.
      const std::size_t end = block ? std::string::npos : comment_end(in, i);
      const std::size_t paragraph_end = std::min(in.find("\n\n", i), in.size());
      if (end != std::string::npos && end <= paragraph_end) {
        const std::string text = end - i >= 7 ? in.substr(i + 4, end - i - 7) : std::string();
        if (end - i < 7) {
          out += "<!---->";
        } else if (old_comment(text)) {
          out.append(in, i, end - i);
        } else {
          out += "<!--";
          for (char t : text) out += t == '-' ? ' ' : t;
          out += "-->";
        }
        line_start = false;
        i = end;
        continue;
      }
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace folio::input
