// Tells a style sheet from a page layout, for `folio styles check FILE`.
#pragma once

#include <string>

namespace folio::style {

enum class FileKind { StyleSheet, PageLayout };

// By the top-level keys: `paragraph-styles`, `fonts`, `breaking` ... mean a style sheet; `page`,
// `margins`, `columns` ... a page layout; a misspelt key counts for the kind whose key it is
// closest to. When that does not decide (an empty file, only `colors`), the folder does: styles/
// or layout/. Throws folio::Error when the file cannot be read or parsed, or still undecided.
FileKind detect_file_kind(const std::string& path);

const char* file_kind_name(FileKind kind);  // "style sheet", "page layout"

}  // namespace folio::style
