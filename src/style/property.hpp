// The declarative style schema: every key of a style sheet or page layout is one Property row of
// the Table of the struct it reads into (style/sheet_schema.cpp, style/layout_schema.cpp). A row
// names the key, how its text becomes the struct member (a value Kind: parse, format, docs), and
// what it means. The reader (validation, did-you-mean), `based-on` inheritance, origins, the
// listing, `folio styles check` and docs/styles.md are all driven by these tables, as Typst's
// #[elem] fields and SILE's declared settings are; so adding a property is one row plus the code
// that gives it effect.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/yaml_reader.hpp"
#include "style/key_info.hpp"
#include "style/value_origin.hpp"
#include "style/values.hpp"

namespace folio::style {

// The `colors:` and `fonts:` maps of a file, read before everything that may name them.
struct Tokens {
  ColorTokens colors;
  FontTokens fonts;
  TokenPositions color_pos, font_pos;  // where each token is defined
};

// What reading one map needs besides the map: the file, its tokens, where to record origins.
struct ReadContext {
  const YamlReader& r;
  Tokens& tokens;
  Origins& origins;
  std::string prefix;  // of keys in `origins`: "", "footer.", "footer.rule."
  std::string style;   // the style being read ("" outside styles), for ValueOrigin::style
  Sp em = 0;           // what 1em is here; 0: em is not allowed
};

// A value kind: how the text of one key becomes a T, how a T is shown (in `folio styles list`
// and as a default in the docs), and how the docs describe what may be written.
template <class T>
struct Kind {
  std::string doc;  // "length > 0", "1..100", "`justify`/`left`/`center`/`right`"
  TokenKind tokens = TokenKind::None;
  std::function<T(const ReadContext&, const Field&)> parse;
  std::function<std::string(const T&)> format;
};

// One `key = value` line of the listing (key relative to the listed owner: "footer.rule.color").
struct Listed {
  std::string key;
  std::optional<std::string> value;  // none: shown as written, when the file sets it (based-on)
  TokenKind tokens = TokenKind::None;
};

// One key of a map that reads into an Owner.
template <class Owner>
struct Property {
  KeyInfo info;                      // name, docs (value, default, meaning), nested table id
  std::vector<std::string> records;  // the keys whose origins a value records (default: its own)
  TokenKind tokens = TokenKind::None;
  enum Phase { First, Normal, Last } phase = Normal;  // when, among the keys of its map, it is read
  std::function<void(ReadContext&, const Field&, Owner&)> read;
  // Appends the owner's value(s) of this key, keys prefixed (a map: its own keys); null: unlisted.
  using List = std::function<void(const Owner&, const std::string& prefix, std::vector<Listed>& out)>;
  List list;

  // Read before the other keys of the map (tokens, a style's size that its em lengths use).
  Property first() && {
    phase = First;
    return std::move(*this);
  }
  // Read after the other keys of the map (a value whose default depends on them).
  Property last() && {
    phase = Last;
    return std::move(*this);
  }
  // A shorthand that writes other keys of its map: their origins are recorded, it is not listed.
  Property sets(std::vector<std::string> keys) && {
    records = std::move(keys);
    list = nullptr;
    return std::move(*this);
  }
  // The docs' default column, where the default is not a value of the kind ("none").
  Property default_doc(std::string text) && {
    info.default_value = std::move(text);
    return std::move(*this);
  }
};

// What a scalar written in place of a map means (`page: A4`, `margins: 20mm`).
struct Shorthand {
  enum { None, OneKey, EveryKey } kind = None;
  std::string key;  // OneKey: the key the scalar is the value of
};

// The keys of one map, in the order the listing and the docs show them.
template <class Owner>
struct Table {
  std::string id;  // names the table in docs and tests: "paragraph-style", "layout-rule"
  std::vector<Property<Owner>> rows;
  Shorthand shorthand = {};
  // Checks a map once its keys are read ("give all four sides"); the map and its keys.
  std::function<void(const YamlReader&, const Field&, const std::vector<Field>&)> check = {};
  std::function<Sp(const Owner&)> em = {};  // what 1em is while reading (a paragraph style's size)

  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const Property<Owner>& p : rows) out.push_back(p.info.name);
    return out;
  }
  const Property<Owner>* find(const std::string& name) const {
    for (const Property<Owner>& p : rows)
      if (p.info.name == name) return &p;
    return nullptr;
  }
  // The type-free description (defaults shown from a default-constructed Owner).
  TableInfo info() const;
};

// ---- Reading ----

// Reads one key with `p` (the field may carry another name: a shorthand's) and records where the
// value came from.
template <class Owner>
void read_key(ReadContext& c, const Property<Owner>& p, const Field& f, Owner& owner) {
  p.read(c, f, owner);
  const TokenPositions* named = p.tokens == TokenKind::Color  ? &c.tokens.color_pos
                                : p.tokens == TokenKind::Font ? &c.tokens.font_pos
                                                              : nullptr;
  for (const std::string& key : p.records) c.origins[c.prefix + key] = value_origin(c.r, f, c.style, named);
}

// Reads `fields` (keys of one map, already checked against the table) into `owner`: the rows
// marked first, then the others, then those marked last, each in file order.
template <class Owner>
void read_fields(ReadContext& c, const std::vector<Field>& fields, const Table<Owner>& table, Owner& owner) {
  using P = Property<Owner>;
  for (const auto phase : {P::First, P::Normal, P::Last}) {
    c.em = table.em ? table.em(owner) : 0;
    for (const Field& f : fields) {
      const P* p = table.find(f.key);
      if (p && p->phase == phase) read_key(c, *p, f, owner);
    }
  }
}

// Reads the map `map` (or the scalar written in its place) into `owner`.
template <class Owner>
void read_map(ReadContext& c, const Field& map, const Table<Owner>& table, Owner& owner) {
  if (map.value.IsScalar() && table.shorthand.kind != Shorthand::None) {
    c.em = table.em ? table.em(owner) : 0;
    for (const Property<Owner>& p : table.rows)  // messages name the map: "bad length for 'margins'"
      if (table.shorthand.kind == Shorthand::EveryKey || p.info.name == table.shorthand.key)
        read_key(c, p, map, owner);
    return;
  }
  const std::vector<Field> fields = c.r.fields(map, table.names(), "'" + map.key + "'");
  read_fields(c, fields, table, owner);
  if (table.check) table.check(c.r, map, fields);
}

// Reads a whole file with `table` as its top level into `owner`, which records where every value
// came from in its `origins`. Returns the top-level fields, for the checks that follow.
template <class Owner>
std::vector<Field> read_top_level(const YamlReader& r, const Table<Owner>& table, Owner& owner) {
  const std::vector<Field> top = r.root_fields(table.names());
  Tokens tokens;
  ReadContext c{r, tokens, owner.origins, "", "", 0};
  read_fields(c, top, table, owner);
  return top;
}

// ---- Listing ----

template <class Owner>
void list_table(const Table<Owner>& table, const Owner& owner, const std::string& prefix,
                std::vector<Listed>& out) {
  for (const Property<Owner>& p : table.rows)
    if (p.list) p.list(owner, prefix, out);
}

template <class Owner>
TableInfo Table<Owner>::info() const {
  TableInfo t{id, {}};
  const Owner defaults{};
  for (const Property<Owner>& p : rows) {
    KeyInfo k = p.info;
    if (k.default_value.empty() && p.list) {
      std::vector<Listed> shown;
      p.list(defaults, "", shown);
      if (shown.size() == 1 && shown[0].value) k.default_value = "`" + *shown[0].value + "`";
    }
    t.keys.push_back(std::move(k));
  }
  return t;
}

// ---- Rows ----

// A key read with `kind` into `member`, listed as `show(owner.*member)`.
template <class Owner, class T, class Member, class Show>
Property<Owner> leaf(const char* name, Member member, const Kind<T>& kind, Show show, std::string default_doc,
                     const char* description) {
  Property<Owner> p;
  p.info = KeyInfo{name, kind.doc, std::move(default_doc), description, ""};
  p.records = {name};
  p.tokens = kind.tokens;
  p.read = [member, parse = kind.parse](ReadContext& c, const Field& f, Owner& o) {
    o.*member = parse(c, f);
  };
  p.list = [name, member, show, tokens = kind.tokens](const Owner& o, const std::string& prefix,
                                                      std::vector<Listed>& out) {
    out.push_back(Listed{prefix + name, show(o.*member), tokens});
  };
  return p;
}

// A key read into `member` with `kind`; its default is the member's in a default Owner.
template <class Owner, class T>
Property<Owner> prop(const char* name, T Owner::*member, Kind<T> kind, const char* description) {
  return leaf<Owner>(name, member, kind, kind.format, "", description);
}

// What the listing and the docs say of an optional member that is not set.
struct Unset {
  const char* words;  // "paragraph's": it comes from the surrounding text
};

// An optional member: unset, it is listed as `unset.words`.
template <class Owner, class T>
Property<Owner> prop(const char* name, std::optional<T> Owner::*member, Kind<T> kind, Unset unset,
                     const char* description) {
  const auto show = [format = kind.format, words = std::string(unset.words)](const std::optional<T>& v) {
    return v ? format(*v) : words;
  };
  return leaf<Owner>(name, member, kind, show, unset.words, description);
}

// An optional member that acts as `fallback` when not set (and is listed so).
template <class Owner, class T>
Property<Owner> prop(const char* name, std::optional<T> Owner::*member, Kind<T> kind, T fallback,
                     const char* description) {
  const auto show = [format = kind.format, fallback](const std::optional<T>& v) {
    return format(v.value_or(fallback));
  };
  return leaf<Owner>(name, member, kind, show, "`" + kind.format(fallback) + "`", description);
}

// A key whose value is a map read with `table` into a part of the owner that `part` selects
// (`[](auto& o) -> auto& { return o.margins; }`, or the owner itself for a group of its keys).
template <class Owner, class Inner, class Part>
Property<Owner> section(const char* name, Part part, const Table<Inner>& table, const char* value_doc,
                        const char* description) {
  Property<Owner> p;
  const Table<Inner>* t = &table;
  p.info = KeyInfo{name, value_doc, "", description, t->id};
  p.read = [part, t](ReadContext& c, const Field& f, Owner& o) {
    ReadContext inner = c;
    inner.prefix = c.prefix + f.key + ".";
    read_map(inner, f, *t, part(o));
  };
  p.list = [name, part, t](const Owner& o, const std::string& prefix, std::vector<Listed>& out) {
    list_table(*t, part(o), prefix + name + ".", out);
  };
  return p;
}

// A key the loader reads itself (token maps, style maps): in the table for validation and docs.
template <class Owner>
Property<Owner> custom(const char* name, const char* value_doc, const char* default_doc,
                       const char* description,
                       std::function<void(ReadContext&, const Field&, Owner&)> read) {
  Property<Owner> p;
  p.info = KeyInfo{name, value_doc, default_doc, description, ""};
  p.read = std::move(read);
  return p;
}

}  // namespace folio::style
