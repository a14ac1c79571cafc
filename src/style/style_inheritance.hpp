// `based-on` chains: resolves the styles of one section (paragraph or character) in any order
// of the file, with cycles and unknown parents reported at the offending `based-on`.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/suggest.hpp"
#include "common/yaml_reader.hpp"
#include "style/values.hpp"

namespace folio::style {

// The key that names a style's parent: read here, before the style's other keys.
inline const char* const kBasedOn = "based-on";

// `section` maps style names to property maps; `kind` is "paragraph" or "character".
// Each style starts as a copy of its resolved parent (or `base`), then `apply(style, props)`
// sets what the style itself gives (props exclude based-on). `Style` has `name` and `pos`.
template <class Style, class Apply>
std::map<std::string, Style> resolve_styles(const YamlReader& r, const Field& section,
                                            const std::string& kind, const std::vector<std::string>& allowed,
                                            const Style& base, Apply apply) {
  struct Entry {
    std::vector<Field> props;
    Field based_on;
    SourcePos pos;  // of the style's name
    bool has_parent = false;
    enum { Todo, Visiting, Done } state = Todo;
  };
  std::vector<std::string> order;  // file order, for deterministic errors
  std::map<std::string, Entry> entries;
  for (const Field& style : r.fields(section, {}, "'" + section.key + "'")) {
    Entry e;
    e.pos = r.pos(style.key_node);
    for (Field& p : r.fields(style, allowed, kind + " style '" + style.key + "'")) {
      if (p.key == kBasedOn) {
        e.based_on = p;
        e.has_parent = true;
      } else {
        e.props.push_back(std::move(p));
      }
    }
    order.push_back(style.key);
    entries.emplace(style.key, std::move(e));
  }

  std::map<std::string, Style> out;
  std::vector<std::string> stack;  // the chain being resolved, for the cycle message
  auto resolve = [&](const std::string& name, auto& self) -> void {
    Entry& e = entries.at(name);
    if (e.state == Entry::Done) return;
    e.state = Entry::Visiting;
    stack.push_back(name);
    Style style = base;
    if (e.has_parent) {
      const std::string parent = r.text(e.based_on);
      const auto it = entries.find(parent);
      if (it == entries.end())
        r.fail(e.based_on, "unknown " + kind + " style '" + parent + "' in '" + kBasedOn + "'" +
                               did_you_mean(parent, order));
      if (it->second.state == Entry::Visiting) {
        std::string chain;
        bool in_cycle = false;
        for (const std::string& s : stack) {
          in_cycle = in_cycle || s == parent;
          if (in_cycle) chain += s + " -> ";
        }
        r.fail(e.based_on, "based-on cycle: " + chain + parent);
      }
      self(parent, self);
      style = out.at(parent);
      style.origins[kBasedOn] = value_origin(r, e.based_on, name);
    }
    style.name = name;
    style.pos = e.pos;
    apply(style, e.props);
    out[name] = std::move(style);
    stack.pop_back();
    e.state = Entry::Done;
  };
  for (const std::string& name : order) resolve(name, resolve);
  return out;
}

}  // namespace folio::style
