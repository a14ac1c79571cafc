// Shared by the robustness tests: render an issue in a fresh folder, then read the result back
// three ways (the layout dump, poppler's text and word boxes, the folder's files).
#pragma once

#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "folio/folio.hpp"

namespace folio::robust {

// Front matter for the tests: four lines, so the body starts on line 5.
std::string issue(const std::string& body);

// One typeset line of the layout dump: "  col1 body y=.. x=.. w=.. r=.. [hyphen] [end] | text".
struct DumpLine {
  int page = 0;  // 1-based
  std::string region, style;
  double y = 0, x = 0, w = 0, r = 0;
  bool hyphenated = false;  // ends at a hyphenation point
  bool last = false;        // the last line of its paragraph
  std::string text;
};

struct DumpBox {  // "link x= y= w= h= URI" or "rule x= y= w= h="
  int page = 0;
  double x = 0, y = 0, w = 0, h = 0;
  std::string uri;
};

struct LayoutDump {
  std::vector<DumpLine> lines;
  std::vector<DumpBox> links, rules;
  std::vector<std::string> unparsed;  // lines of a format these tests do not know

  // The text of every line set in `style`, in order.
  std::vector<std::string> texts(const std::string& style) const;
  // The horizontal extent [left, right] of every body column seen.
  std::vector<std::pair<double, double>> columns() const;
};

LayoutDump parse_dump(const std::string& text);

struct TextBox {  // a word as poppler reads it; points, origin top left
  int page = 0;
  std::string text;
  double left = 0, top = 0, right = 0, bottom = 0;
};

struct Rendered {
  RenderResult result;
  double seconds = 0;  // folio::render alone
  std::string pdf;
  LayoutDump dump;
  std::shared_ptr<poppler::document> doc;

  int pages() const { return doc ? doc->pages() : 0; }
  std::string page_text(int i) const;
  std::string text() const;  // every page
  std::vector<TextBox> boxes() const;
  std::vector<TextBox> boxes_with(const std::string& needle) const;
  // True when the box lies inside one of the body columns (half a point of tolerance).
  bool in_a_column(const TextBox& b) const;
  // Pixels darker than mid-grey on page i at 72 dpi.
  long ink(int page) const;
};

// Warnings as "line:col: message", without the file name.
std::vector<std::string> warning_lines(const RenderResult& r);

// Each test gets its own folder, removed afterwards.
class Sandbox : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  void write(const std::string& name, const std::string& bytes) const;
  std::vector<std::string> files() const;  // sorted names in the folder
  RenderOptions options() const;           // issue.md -> issue.pdf, dump to layout.txt

  // Renders `issue_text` (as issue.md) and reads it back; asserts the job left exactly the
  // issue, the PDF and the dump in the folder, and that the PDF has the pages it reported.
  void render(const std::string& issue_text, Rendered& out) const { render(issue_text, options(), out); }
  void render(const std::string& issue_text, const RenderOptions& o, Rendered& out) const;
  // Expects folio::Error; asserts the folder holds no more files than before the run.
  void render_error(const std::string& issue_text, const RenderOptions& o, Diagnostic& out) const;
  void render_error(const std::string& issue_text, Diagnostic& out) const {
    RenderOptions o = options();
    o.layout_dump.clear();
    render_error(issue_text, o, out);
  }

  std::filesystem::path dir_;
};

}  // namespace folio::robust
