// golden/manifest: the list of golden cases. One case a line, fields separated by spaces:
//
//   # name          input                      style    layout   dpi  [tolerance]
//   may-2025        samples/2025-05/issue.md   -        -        100
//
// `#` starts a comment. `style` and `layout` are names (styles/NAME.yaml) or paths, `-` for
// what the front matter says. Paths are relative to the repository root. `tolerance`
// is the number of pixels a page may differ by (default 0: exact).
#pragma once

#include <string>
#include <vector>

#include "folio/diagnostic.hpp"

namespace folio::golden {

struct Case {
  std::string name;    // also the folder of its goldens: [a-z0-9][a-z0-9._-]*
  std::string input;   // as written
  std::string style;   // "" for the front matter's choice
  std::string layout;  // "" for the front matter's choice
  int dpi = 0;
  long long tolerance = 0;
  SourcePos pos;  // where the line starts, for errors about the case
};

// Parses manifest text; `path` names it in errors (file:line:col of the bad field).
// Throws folio::Error.
std::vector<Case> parse_manifest(const std::string& text, const std::string& path);

// Reads and parses the file. Throws folio::Error.
std::vector<Case> load_manifest(const std::string& path);

// The cases called `names`, in manifest order; all of them when `names` is empty. An unknown
// name is a folio::Error with a did-you-mean.
std::vector<Case> select_cases(const std::vector<Case>& all, const std::vector<std::string>& names,
                               const std::string& manifest_path);

}  // namespace folio::golden
