// folio's subcommands, one file each. Each returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace folio::cli {

using Args = std::vector<std::string>;

int render_command(const Args& args);
int golden_command(const Args& args);
int styles_command(const Args& args);
int watch_command(const Args& args);

// Prints "folio: error: <message>" and the usage hint; returns 2.
int usage_error(const std::string& message);

}  // namespace folio::cli
