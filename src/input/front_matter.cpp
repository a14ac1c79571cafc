#include "input/front_matter.hpp"

#include <vector>

#include "common/yaml_reader.hpp"
#include "input/language_tag.hpp"

namespace folio::input {
namespace {

constexpr int kYamlFirstLine = 2;  // the opening "---" is line 1

// The keys an issue may set, each once.
struct Key {
  const char* name;
  std::string FrontMatter::*value;
  SourcePos FrontMatter::*pos;  // where the value is written, for errors found later (or null)
  const char* required;         // what the key is, when an issue must give it (or null)
};
const Key kKeys[] = {{"publication", &FrontMatter::publication, nullptr, "the masthead title"},
                     {"issue", &FrontMatter::issue, nullptr, "the issue label, e.g. 'May 2025'"},
                     {"lang", &FrontMatter::lang, nullptr, nullptr},
                     {"style", &FrontMatter::style, &FrontMatter::style_pos, nullptr},
                     {"layout", &FrontMatter::layout, &FrontMatter::layout_pos, nullptr},
                     {"contents-title", &FrontMatter::contents_title, nullptr, nullptr}};

// A line without its end-of-line and trailing blanks, so "--- " and "---\r" still delimit.
std::string trimmed_line(const std::string& source, size_t begin, size_t end) {
  while (end > begin && (source[end - 1] == '\r' || source[end - 1] == ' ' || source[end - 1] == '\t')) --end;
  return source.substr(begin, end - begin);
}

// Reads one key's value into `meta`.
void read_key(const YamlReader& r, const Key& key, const Field& f, FrontMatter& meta) {
  std::string& value = meta.*key.value;
  value = r.text(f);
  if (value.empty()) r.fail(f, "'" + f.key + "' must not be empty");
  if (key.pos) meta.*key.pos = r.pos(f);
  if (key.value == &FrontMatter::lang && !is_language_tag(value))
    r.fail(f, "'lang' must be a language tag such as 'en' or 'zh-Hans', got '" + value + "'");
}

}  // namespace

SplitIssue split_front_matter(const std::string& source, const std::string& path) {
  size_t pos = source.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  size_t yaml_begin = 0;
  for (int line_number = 1;; ++line_number) {
    const size_t newline = source.find('\n', pos);
    const bool last = newline == std::string::npos;
    const size_t end = last ? source.size() : newline;
    const size_t next = last ? source.size() : newline + 1;
    const std::string line = trimmed_line(source, pos, end);
    if (line_number == 1) {
      if (line != "---")
        throw Error(SourcePos{path, 1, 1},
                    "an issue file must begin with front matter: a '---' line, 'publication:' and "
                    "'issue:' lines, then another '---' line");
      yaml_begin = next;
    } else if (line == "---" || line == "...") {
      SplitIssue split;
      split.yaml = source.substr(yaml_begin, pos - yaml_begin);
      split.body = std::string_view(source).substr(next);
      split.body_line_offset = line_number;
      return split;
    }
    if (last) break;
    pos = next;
  }
  throw Error(SourcePos{path, 1, 1}, "the front matter is never closed: end it with a '---' line");
}

FrontMatter parse_front_matter(const std::string& yaml, const std::string& path) {
  const YamlReader r = YamlReader::parse(yaml, path, "front matter", kYamlFirstLine);
  std::vector<std::string> names;
  for (const Key& k : kKeys) names.push_back(k.name);
  const std::vector<Field> fields = r.root_fields(names, "the front matter");
  FrontMatter meta;
  for (const Field& f : fields)
    for (const Key& key : kKeys)
      if (f.key == key.name) read_key(r, key, f, meta);
  for (const Key& key : kKeys) {
    bool given = false;
    for (const Field& f : fields) given = given || f.key == key.name;
    if (!given && key.required)
      throw Error(SourcePos{path, 1, 1},
                  std::string("the front matter has no '") + key.name + "' key (" + key.required + ")");
  }
  return meta;
}

}  // namespace folio::input
