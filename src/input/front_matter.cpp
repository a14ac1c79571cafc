#include "input/front_matter.hpp"

#include <yaml-cpp/yaml.h>

#include <cctype>
#include <set>
#include <vector>

#include "common/suggest.hpp"

namespace folio::input {
namespace {

constexpr int kYamlFirstLine = 2;  // the opening "---" is line 1

const std::vector<std::string>& known_keys() {
  static const std::vector<std::string> keys = {"publication", "issue", "lang", "style", "layout"};
  return keys;
}

// A line without its end-of-line and trailing blanks, so "--- " and "---\r" still delimit.
std::string trimmed_line(const std::string& source, size_t begin, size_t end) {
  while (end > begin && (source[end - 1] == '\r' || source[end - 1] == ' ' || source[end - 1] == '\t')) --end;
  return source.substr(begin, end - begin);
}

class FrontMatterReader {
 public:
  explicit FrontMatterReader(const std::string& path) : path_(path) {}

  FrontMatter read(const std::string& yaml) {
    YAML::Node root;
    try {
      root = YAML::Load(yaml);
    } catch (const YAML::Exception& e) {
      throw Error(at(e.mark), "invalid front matter: " + e.msg);
    }
    FrontMatter meta;
    if (!root.IsNull() && !root.IsMap())
      throw Error(at(root.Mark()), "the front matter must be 'key: value' lines");
    std::set<std::string> seen;
    if (root.IsMap()) {
      for (const auto& entry : root) read_entry(entry.first, entry.second, meta, seen);
    }
    if (!seen.count("publication"))
      throw Error(start(), "the front matter has no 'publication' key (the masthead title)");
    if (!seen.count("issue"))
      throw Error(start(), "the front matter has no 'issue' key (the issue label, e.g. 'May 2025')");
    return meta;
  }

 private:
  SourcePos at(const YAML::Mark& mark) const {
    if (mark.is_null()) return start();
    return SourcePos{path_, mark.line + kYamlFirstLine, mark.column + 1};
  }
  SourcePos start() const { return SourcePos{path_, 1, 1}; }

  void read_entry(const YAML::Node& key, const YAML::Node& value, FrontMatter& meta,
                  std::set<std::string>& seen) {
    if (!key.IsScalar()) throw Error(at(key.Mark()), "a front matter key must be a plain name");
    const std::string name = key.Scalar();
    std::string* target = nullptr;
    SourcePos* target_pos = nullptr;
    if (name == "publication") {
      target = &meta.publication;
    } else if (name == "issue") {
      target = &meta.issue;
    } else if (name == "lang") {
      target = &meta.lang;
    } else if (name == "style") {
      target = &meta.style;
      target_pos = &meta.style_pos;
    } else if (name == "layout") {
      target = &meta.layout;
      target_pos = &meta.layout_pos;
    } else {
      throw Error(at(key.Mark()), unknown_key_message(name));
    }
    if (!seen.insert(name).second) throw Error(at(key.Mark()), "duplicate front matter key '" + name + "'");
    *target = text_value(name, key, value);
    if (target_pos) *target_pos = at(value.Mark());
    if (name == "lang" && !is_language_tag(*target))
      throw Error(at(value.Mark()),
                  "front matter key 'lang' must be a language tag such as 'en' or "
                  "'zh-Hans', not '" +
                      *target + "'");
  }

  std::string text_value(const std::string& name, const YAML::Node& key, const YAML::Node& value) const {
    // A missing value's mark is the next token's, which may be on another line: point at the key.
    if (value.IsNull()) throw Error(at(key.Mark()), "front matter key '" + name + "' has no value");
    if (!value.IsScalar())
      throw Error(at(value.Mark()),
                  "front matter key '" + name + "' must be a single text value, not a list or a mapping");
    if (value.Scalar().empty()) throw Error(at(value.Mark()), "front matter key '" + name + "' is empty");
    return value.Scalar();
  }

  static std::string unknown_key_message(const std::string& name) {
    std::string message = "unknown front matter key '" + name + "'";
    const std::string suggestion = closest_name(name, known_keys());
    if (!suggestion.empty()) return message + "; did you mean '" + suggestion + "'?";
    const char* separator = " (known keys: ";
    for (const std::string& k : known_keys()) {
      message += separator + k;
      separator = ", ";
    }
    return message + ")";
  }

  // BCP 47 in outline: a 2-3 letter language, then subtags of 1-8 letters or digits.
  static bool is_language_tag(const std::string& tag) {
    size_t i = 0;
    while (i < tag.size() && std::isalpha(static_cast<unsigned char>(tag[i]))) ++i;
    if (i < 2 || i > 3) return false;
    while (i < tag.size()) {
      if (tag[i] != '-') return false;
      const size_t begin = ++i;
      while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i]))) ++i;
      if (i == begin || i - begin > 8) return false;
    }
    return true;
  }

  std::string path_;
};

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
      split.body = source.substr(next);
      split.body_line_offset = line_number;
      return split;
    }
    if (last) break;
    pos = next;
  }
  throw Error(SourcePos{path, 1, 1}, "the front matter is never closed: end it with a '---' line");
}

FrontMatter parse_front_matter(const std::string& yaml, const std::string& path) {
  return FrontMatterReader(path).read(yaml);
}

}  // namespace folio::input
