#include "style/style_listing.hpp"

#include <algorithm>

#include "style/layout_schema.hpp"
#include "style/sheet_schema.hpp"

namespace folio::style {
namespace {

std::string position(const SourcePos& p) {
  std::string s = p.file;
  if (p.line > 0) s += ":" + std::to_string(p.line);
  if (p.column > 0) s += ":" + std::to_string(p.column);
  return s;
}

struct Row {
  std::string name, value;
  const ValueOrigin* origin;  // null: the default
  const char* token_section;  // "colors" or "fonts"
};

// "value", plus the text as written when it says something the resolved value does not.
std::string shown_value(const Row& row) {
  const ValueOrigin* o = row.origin;
  if (!o || !o->token.empty() || o->text == row.value || "\"" + o->text + "\"" == row.value) return row.value;
  if (o->text == "0" && row.value == "0pt") return row.value;
  return row.value + " (" + o->text + ")";
}

std::string where(const Row& row, const std::string& owner) {
  const ValueOrigin* o = row.origin;
  if (!o) return "default";
  std::string s;
  if (!o->style.empty() && o->style != owner) s = "from " + o->style + ", ";
  s += position(o->pos);
  if (!o->token.empty())
    s += std::string(", ") + row.token_section + "." + o->token + " at " + std::to_string(o->token_pos.line) +
         ":" + std::to_string(o->token_pos.column);
  return s;
}

// The listed values of one owner as rows named `prefix` + key, with their origins. A value
// without a format of its own (based-on) is shown as written, when the file writes it.
std::vector<Row> rows_of(const std::vector<Listed>& listed, const Origins& origins,
                         const std::string& prefix) {
  std::vector<Row> rows;
  for (const Listed& l : listed) {
    const auto it = origins.find(l.key);
    const ValueOrigin* o = it == origins.end() ? nullptr : &it->second;
    if (l.value)
      rows.push_back(Row{prefix + l.key, *l.value, o, l.tokens == TokenKind::Font ? "fonts" : "colors"});
    else if (o)
      rows.push_back(Row{prefix + l.key, o->text, o, ""});
  }
  return rows;
}

// Aligns the origins of one block into a column; a value too long for it (a list of fallback
// families) is followed by its origin without pushing the column out.
void print_block(const std::vector<Row>& rows, const std::string& owner, std::string& out) {
  constexpr size_t kLongest = 60;
  std::vector<std::string> lefts;
  size_t width = 0;
  for (const Row& row : rows) {
    lefts.push_back(row.name + " = " + shown_value(row));
    if (lefts.back().size() <= kLongest) width = std::max(width, lefts.back().size());
  }
  if (!out.empty()) out += "\n";
  for (size_t i = 0; i < rows.size(); ++i)
    out += lefts[i] + std::string(std::max(width, lefts[i].size()) - lefts[i].size() + 3, ' ') + "(" +
           where(rows[i], owner) + ")\n";
}

template <class Owner>
void print_owner(const Table<Owner>& table, const Owner& owner, const Origins& origins,
                 const std::string& name, std::string& out) {
  std::vector<Listed> listed;
  list_table(table, owner, "", listed);
  print_block(rows_of(listed, origins, name.empty() ? "" : name + "."), name, out);
}

// Styles in the order the file defines them.
template <class Map>
std::vector<const typename Map::mapped_type*> in_file_order(const Map& styles) {
  std::vector<const typename Map::mapped_type*> out;
  for (const auto& kv : styles) out.push_back(&kv.second);
  std::stable_sort(out.begin(), out.end(), [](const auto* a, const auto* b) {
    return std::make_pair(a->pos.line, a->pos.column) < std::make_pair(b->pos.line, b->pos.column);
  });
  return out;
}

}  // namespace

std::string list_style_sheet(const StyleSheet& sheet) {
  std::string out;
  print_owner(sheet_table(), sheet, sheet.origins, "", out);
  for (const ParagraphStyle* s : in_file_order(sheet.paragraphs))
    print_owner(paragraph_table(), *s, s->origins, s->name, out);
  for (const CharStyle* s : in_file_order(sheet.characters))
    print_owner(char_table(), *s, s->origins, s->name, out);
  return out;
}

std::string list_page_template(const PageTemplate& page) {
  std::string out;
  print_owner(layout_table(), page, page.origins, "", out);
  return out;
}

}  // namespace folio::style
