#include "folio/diagnostic.hpp"

namespace folio {

std::string Diagnostic::to_string() const {
  std::string out = pos.file.empty() ? "folio" : pos.file;
  if (pos.line > 0) {
    out += ":" + std::to_string(pos.line);
    if (pos.column > 0) out += ":" + std::to_string(pos.column);
  }
  out += severity == Severity::Error ? ": error: " : ": warning: ";
  // One line, always: editors' tools read a diagnostic per line, so a message that quotes text
  // with line ends (an alt text, an HTML tag over two lines) has them turned into spaces.
  for (char c : message) out += c == '\n' || c == '\r' ? ' ' : c;
  return out;
}

Error::Error(Diagnostic d) : std::runtime_error(d.to_string()), diag_(std::move(d)) {}

Error::Error(SourcePos pos, const std::string& message)
    : Error(Diagnostic{Severity::Error, std::move(pos), message}) {}

void Diagnostics::warn(SourcePos pos, std::string message) {
  items_.push_back(Diagnostic{Severity::Warning, std::move(pos), std::move(message)});
}

}  // namespace folio
