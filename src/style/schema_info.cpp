#include "style/schema_info.hpp"

#include <stdexcept>

#include "style/layout_schema.hpp"
#include "style/sheet_schema.hpp"

namespace folio::style {

const std::vector<TableInfo>& schema_tables() {
  static const std::vector<TableInfo> kTables = {
      sheet_table().info(),    layout_table().info(),   paragraph_table().info(), char_table().info(),
      breaking_table().info(), flow_table().info(),     page_table().info(),      margins_table().info(),
      rule_table().info(),     masthead_table().info(), furniture_table().info(), table_params_table().info(),
      footnotes_table().info(), captions_table().info(), figures_table().info(),
  };
  return kTables;
}

const TableInfo& schema_table(const std::string& id) {
  for (const TableInfo& t : schema_tables())
    if (t.id == id) return t;
  throw std::out_of_range("no schema table '" + id + "'");
}

std::vector<std::string> key_names(const std::string& table_id) {
  std::vector<std::string> out;
  for (const KeyInfo& k : schema_table(table_id).keys) out.push_back(k.name);
  return out;
}

}  // namespace folio::style
