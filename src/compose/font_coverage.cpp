#include "compose/font_coverage.hpp"

#include <unicode/uchar.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "common/utf8.hpp"
#include "input/body_parts.hpp"

namespace folio::compose {
namespace {

// What no font needs to draw: spaces, controls, and characters shown by nothing of their own
// (joiners, variation selectors, the soft hyphen).
bool invisible(char32_t c) {
  const UChar32 u = static_cast<UChar32>(c);
  return u_isspace(u) || u_iscntrl(u) || u_hasBinaryProperty(u, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

struct Occurrence {
  char32_t c;
  SourcePos pos;  // of the text it is in
};

class Collector {
 public:
  Collector(const font::FontDb& fonts) : fonts_(fonts) {}

  void text(const std::string& s, const SourcePos& pos) {
    for (std::size_t i = 0; i < s.size();) {
      const char32_t c = next_code_point(s, i);
      if (invisible(c) || seen_.count(c)) continue;
      seen_.insert(c);
      if (!fonts_.covers(c)) found.push_back(Occurrence{c, pos});
    }
  }
  void inlines(const std::vector<input::Inline>& items) {
    for (const input::Inline& in : items) {
      text(in.text, in.pos);
      inlines(in.children);
    }
  }
  void blocks(const std::vector<input::Block>& items) {
    for (const input::Block& b : items) {
      text(b.text, b.pos);
      inlines(b.inlines);
      blocks(b.children);
    }
  }

  std::vector<Occurrence> found;

 private:
  const font::FontDb& fonts_;
  std::set<char32_t> seen_;
};

std::string code_point_and_name(char32_t c) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(c));
  char name[256];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = u_charName(static_cast<UChar32>(c), U_UNICODE_CHAR_NAME, name, sizeof name, &status);
  std::string out = hex;
  if (U_SUCCESS(status) && n > 0) out += " " + std::string(name, static_cast<std::size_t>(n));
  std::string utf8;
  append_utf8(utf8, c);
  return out + " ('" + utf8 + "')";
}

// The first place the character is written in the file, or `fallback`.
SourcePos first_place(const std::vector<std::string>& lines, const std::string& path, char32_t c,
                      const SourcePos& fallback) {
  std::string needle;
  append_utf8(needle, c);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::size_t at = lines[i].find(needle);
    if (at != std::string::npos) return SourcePos{path, static_cast<int>(i) + 1, static_cast<int>(at) + 1};
  }
  return fallback;
}

}  // namespace

std::vector<Diagnostic> uncovered_characters(const input::Document& doc, const font::FontDb& fonts) {
  Collector collect(fonts);
  const SourcePos file{doc.path};
  collect.text(doc.meta.publication, file);
  collect.text(doc.meta.issue, file);
  input::for_each_part(doc, [&](const std::vector<input::Block>& blocks) { collect.blocks(blocks); });
  std::vector<Diagnostic> out;
  if (collect.found.empty()) return out;
  std::vector<std::string> lines;
  std::ifstream in(doc.path, std::ios::binary);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  for (const Occurrence& o : collect.found)
    out.push_back(Diagnostic{Severity::Warning, first_place(lines, doc.path, o.c, o.pos),
                             "no font has " + code_point_and_name(o.c) + ": it is drawn as an empty box (.notdef)"});
  return out;
}

}  // namespace folio::compose
