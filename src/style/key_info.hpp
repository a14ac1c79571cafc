// What the schema says of each key, whatever struct it reads into: the type-free description of
// a table of keys (style/property.hpp builds one from each table; style/schema_info.hpp lists them).
#pragma once

#include <string>
#include <vector>

namespace folio::style {

enum class TokenKind { None, Color, Font };  // the token map a value may name: `colors:`, `fonts:`

struct KeyInfo {
  std::string name;           // "first-indent"
  std::string value;          // what may be written: "length >= 0"
  std::string default_value;  // "`0pt`", "paragraph's", "none"
  std::string description;    // one line: what it does
  std::string nested;         // a map read with another table: that table's id ("" for a value)
};

struct TableInfo {
  std::string id;  // "style-sheet", "paragraph-style", "layout-rule", ...
  std::vector<KeyInfo> keys;
};

}  // namespace folio::style
