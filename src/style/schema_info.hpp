// The style schema without the structs it reads into: every table of keys, by name, with what the
// docs say of each key. docs/styles.md is generated from this (tests/style/docs_schema_test.cpp),
// `folio styles check` tells style sheets from layouts by it, and tests walk it.
#pragma once

#include <string>
#include <vector>

#include "style/key_info.hpp"

namespace folio::style {

// Every table, the two top levels first ("style-sheet", "page-layout"), then in the order
// docs/styles.md documents them.
const std::vector<TableInfo>& schema_tables();

// The table with that id; throws std::out_of_range for an unknown one.
const TableInfo& schema_table(const std::string& id);

// Its key names, in order.
std::vector<std::string> key_names(const std::string& table_id);

}  // namespace folio::style
