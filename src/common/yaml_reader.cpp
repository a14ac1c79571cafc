#include "common/yaml_reader.hpp"

#include <charconv>
#include <climits>
#include <cstring>
#include <map>

#include "common/limits.hpp"
#include "common/read_file.hpp"
#include "common/suggest.hpp"
#include "common/utf8.hpp"

namespace folio {

std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map:
      return "a map";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar: {
      // Enough to recognise the value; a whole file read by mistake stays out of the message.
      constexpr std::size_t kShown = 60;
      const std::string& v = node.Scalar();
      if (v.size() <= kShown) return "'" + v + "'";
      std::size_t cut = kShown;
      while (cut > 0 && is_utf8_continuation(static_cast<unsigned char>(v[cut]))) --cut;
      return "'" + v.substr(0, cut) + "...' (" + std::to_string(v.size()) + " bytes)";
    }
    default:
      return "nothing";
  }
}

const Field* find_field(const std::vector<Field>& fields, const std::string& key) {
  for (const Field& f : fields)
    if (f.key == key) return &f;
  return nullptr;
}

YamlReader YamlReader::load(const std::string& path, const std::string& what) {
  return parse(read_file_within(path, what, limits::kConfigBytes), path, what);
}

YamlReader YamlReader::parse(const std::string& text, const std::string& path, const std::string& what,
                             int first_line) {
  YamlReader r;
  r.path_ = path;
  r.first_line_ = first_line;
  try {
    r.root_ = YAML::Load(text);
  } catch (const YAML::Exception& e) {  // ParserException and friends carry the mark
    const SourcePos at =
        e.mark.is_null() ? SourcePos{path} : SourcePos{path, e.mark.line + first_line, e.mark.column + 1};
    throw Error(at, "YAML syntax error: " + e.msg);
  }
  if (r.root_.IsNull()) r.root_ = YAML::Node(YAML::NodeType::Map);  // an empty file
  if (!r.root_.IsMap())
    r.fail(r.root_, "expected a map of settings at the top of the " + what + ", got " + describe(r.root_));
  return r;
}

SourcePos YamlReader::pos(const YAML::Node& node) const {
  const YAML::Mark m = node.Mark();
  if (m.is_null()) return SourcePos{path_};
  return SourcePos{path_, m.line + first_line_, m.column + 1};
}

SourcePos YamlReader::pos(const Field& f) const {
  return f.value.IsDefined() && !f.value.IsNull() ? pos(f.value) : pos(f.key_node);
}

void YamlReader::fail(const YAML::Node& node, const std::string& message) const {
  throw Error(pos(node), message);
}

void YamlReader::fail(const Field& f, const std::string& message) const { throw Error(pos(f), message); }

std::vector<Field> YamlReader::entries(const YAML::Node& map, const std::vector<std::string>& allowed,
                                       const std::string& where) const {
  std::vector<Field> out;
  std::map<std::string, int> seen;  // key -> 1-based line of its first appearance
  for (const auto& kv : map) {
    Field f{std::string(), kv.first, kv.second};
    if (!kv.first.IsScalar()) fail(kv.first, "expected a name as the key in " + where);
    f.key = kv.first.Scalar();
    if (!allowed.empty()) {
      bool known = false;
      for (const std::string& a : allowed) known = known || a == f.key;
      if (!known) fail(kv.first, "unknown key '" + f.key + "' in " + where + did_you_mean(f.key, allowed));
    }
    const int line = pos(kv.first).line;
    auto [it, fresh] = seen.emplace(f.key, line);
    if (!fresh)
      fail(kv.first, "duplicate key '" + f.key + "' in " + where + " (first given on line " +
                         std::to_string(it->second) + ")");
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Field> YamlReader::fields(const Field& map, const std::vector<std::string>& allowed,
                                      const std::string& where) const {
  if (!map.value.IsMap()) fail(map, "expected a map for '" + map.key + "', got " + describe(map.value));
  return entries(map.value, allowed, where);
}

std::vector<Field> YamlReader::root_fields(const std::vector<std::string>& allowed,
                                           const std::string& where) const {
  return entries(root_, allowed, where);
}

std::string YamlReader::text(const Field& f) const {
  if (f.value.IsNull() || !f.value.IsDefined()) fail(f, "missing value for '" + f.key + "'");
  if (!f.value.IsScalar()) fail(f, "expected text for '" + f.key + "', got " + describe(f.value));
  return f.value.Scalar();
}

int YamlReader::integer(const Field& f, int min, int max) const {
  const std::string s = text(f);
  int v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size())
    fail(f, "expected a whole number for '" + f.key + "', got '" + s + "'");
  if (v < min || v > max) {
    const std::string range = max == INT_MAX
                                  ? "at least " + std::to_string(min)
                                  : "between " + std::to_string(min) + " and " + std::to_string(max);
    fail(f, "'" + f.key + "' must be " + range + ", got " + s);
  }
  return v;
}

double YamlReader::number(const Field& f) const {
  const std::string s = text(f);
  double v = 0;
  const char* begin = s.data() + (s.size() > 1 && s[0] == '+' ? 1 : 0);
  const auto [end, ec] = std::from_chars(begin, s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size())
    fail(f, "expected a number for '" + f.key + "', got '" + s + "'");
  return v;
}

bool YamlReader::boolean(const Field& f) const {
  const std::string s = text(f);
  bool v = false;
  if (!YAML::convert<bool>::decode(f.value, v))  // true/false, yes/no, on/off
    fail(f, "expected true or false for '" + f.key + "', got '" + s + "'");
  return v;
}

std::vector<std::string> YamlReader::text_list(const Field& f) const {
  if (!f.value.IsSequence()) fail(f, "expected a list for '" + f.key + "', got " + describe(f.value));
  std::vector<std::string> out;
  for (const auto& item : f.value) {
    if (!item.IsScalar()) fail(item, "expected text in the list '" + f.key + "', got " + describe(item));
    out.push_back(item.Scalar());
  }
  return out;
}

}  // namespace folio
