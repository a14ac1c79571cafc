// Diagnostics shared by every stage: a message tied to a place in a user's file.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace folio {

// 1-based line and column; 0 means "unknown" and is omitted when printed.
struct SourcePos {
  std::string file;
  int line = 0;
  int column = 0;
};

enum class Severity { Warning, Error };

struct Diagnostic {
  Severity severity = Severity::Error;
  SourcePos pos;
  std::string message;

  // "file:line:col: error: message" (the form editors' tools understand).
  std::string to_string() const;
};

// Thrown for anything the user can fix: bad input, a missing font, a bad style value.
class Error : public std::runtime_error {
 public:
  explicit Error(Diagnostic d);
  Error(SourcePos pos, const std::string& message);
  const Diagnostic& diagnostic() const { return diag_; }

 private:
  Diagnostic diag_;
};

// Collects warnings while a job runs; errors are thrown as folio::Error.
class Diagnostics {
 public:
  void warn(SourcePos pos, std::string message);
  const std::vector<Diagnostic>& all() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace folio
