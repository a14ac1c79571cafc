// The one YAML reader of folio (front matter, style sheets, page layouts): a parsed file that
// knows its path and where the text starts in it, so every complaint is one
// "file:line:col: error: message" in one wording, whichever file it is about.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "folio/diagnostic.hpp"

namespace folio {

// One `key: value` entry of a map, with both nodes kept for their positions.
struct Field {
  std::string key;
  YAML::Node key_node;
  YAML::Node value;
};

class YamlReader {
 public:
  // Reads and parses `path`. `what` names the file in errors ("style sheet", "page layout").
  // Unreadable files and YAML syntax errors throw folio::Error.
  static YamlReader load(const std::string& path, const std::string& what);

  // Parses `text`, a part of the file `path` that begins on line `first_line` of it (front
  // matter begins on line 2, after its "---"). An empty text is an empty map.
  static YamlReader parse(const std::string& text, const std::string& path, const std::string& what,
                          int first_line = 1);

  const std::string& path() const { return path_; }
  const YAML::Node& root() const { return root_; }

  // In the file's lines and columns (1-based; yaml-cpp's marks are 0-based and count from the
  // start of the text).
  SourcePos pos(const YAML::Node& node) const;
  // Where a value sits; an empty value (`key:`) has no useful mark of its own, so use the key's.
  SourcePos pos(const Field& f) const;

  [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const;
  [[noreturn]] void fail(const Field& f, const std::string& message) const;

  // The entries of a map, in file order. Unknown keys (with a did-you-mean from `allowed`) and
  // duplicate keys are errors; `where` completes "unknown key 'x' in <where>".
  // An empty `allowed` accepts any key (for maps of names: styles, colour tokens).
  std::vector<Field> fields(const Field& map, const std::vector<std::string>& allowed,
                            const std::string& where) const;
  std::vector<Field> root_fields(const std::vector<std::string>& allowed,
                                 const std::string& where = "the top level") const;

  // Typed scalars; each names the key in its error message.
  std::string text(const Field& f) const;
  int integer(const Field& f, int min, int max) const;
  double number(const Field& f) const;
  bool boolean(const Field& f) const;
  std::vector<std::string> text_list(const Field& f) const;

 private:
  std::vector<Field> entries(const YAML::Node& map, const std::vector<std::string>& allowed,
                             const std::string& where) const;

  std::string path_;
  int first_line_ = 1;
  YAML::Node root_;
};

// The field named `key` among `fields`, or null.
const Field* find_field(const std::vector<Field>& fields, const std::string& key);

// "a map", "a list", "'x'", "nothing": for "expected ..., got ..." messages.
std::string describe(const YAML::Node& node);

}  // namespace folio
