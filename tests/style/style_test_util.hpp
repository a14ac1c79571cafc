// Helpers for the style tests: small YAML files in a fresh temp folder, and error capture.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "folio/diagnostic.hpp"
#include "style/style_sheet.hpp"

namespace folio::style::testing {

// A temp folder per test, removed afterwards.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() / ("folio-style-" + std::string(info->test_suite_name()) +
                                                     "-" + info->name() + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~TempDir() { std::filesystem::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) const {
    const auto path = dir_ / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path) << text;
    return path.string();
  }
  std::string path() const { return dir_.string(); }

 private:
  std::filesystem::path dir_;
};

// Runs `f`, which must throw folio::Error; returns its diagnostic (an empty one on failure).
inline Diagnostic error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.diagnostic();
  }
  ADD_FAILURE() << "expected folio::Error";
  return Diagnostic{};
}

// The required styles, as empty maps, to complete a test sheet.
inline std::string required_paragraph_styles(const std::string& except = "") {
  std::string out;
  for (const RequiredStyle& s : kRequiredParagraphStyles)
    if (s.name != except) out += "  " + std::string(s.name) + ": {}\n";
  return out;
}

inline std::string required_char_styles(const std::string& except = "") {
  std::string out;
  for (const RequiredStyle& s : kRequiredCharStyles)
    if (s.name != except) out += "  " + std::string(s.name) + ": {}\n";
  return out;
}

}  // namespace folio::style::testing
